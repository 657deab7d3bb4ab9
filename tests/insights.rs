//! Insights worth opening (issue #32 §7) and the check-in trend (§8).

mod common;

use chrono::Duration;
use common::*;
use rebound::model::checkin::{days_to_steadier, recovery_trend, CheckIn, Feeling, Moment};
use rebound::model::data::AppData;
use rebound::model::feedback::{FeedbackRequest, Theme};
use rebound::model::insights::{control_trend_sentence, insights, Range};
use rebound::model::record::Meta;
use rebound::model::rejection::{Control, Outcome, Reason, Stage};
use rebound::model::time::WeekStart;

fn today() -> chrono::NaiveDate {
    day(2026, 11, 30)
}

fn rejected(
    n: u8,
    stage: Stage,
    sent: (u32, u32),
    heard: (u32, u32),
) -> rebound::model::rejection::Application {
    let mut a = app(n, &format!("Co {n}"), Outcome::Rejected);
    a.stage = stage;
    a.applied_on = Some(day(2026, sent.0, sent.1));
    a.closed_on = Some(day(2026, heard.0, heard.1));
    a
}

fn reason(tag: &str, control: Control) -> Reason {
    Reason {
        tag: tag.into(),
        control,
    }
}

#[test]
fn the_usual_wait_and_stage_need_more_than_one_answer() {
    let mut data = AppData {
        applications: vec![rejected(1, Stage::Interview, (11, 2), (11, 12))],
        ..AppData::default()
    };
    let one = insights(&data, today(), WeekStart::Monday, 12);
    assert_eq!(one.answer_days, None, "one answer is an anecdote");
    assert_eq!(one.usual_stage, None);
    data.applications
        .push(rejected(2, Stage::Interview, (11, 3), (11, 17)));
    data.applications
        .push(rejected(3, Stage::Screening, (11, 5), (11, 9)));
    let i = insights(&data, today(), WeekStart::Monday, 12);
    // 10, 14 and 4 days: the median is 10.
    assert_eq!(i.answer_days, Some(10));
    let u = i.usual_stage.expect("interview leads");
    assert_eq!((u.stage, u.count, u.of), (Stage::Interview, 2, 3));
}

#[test]
fn the_range_decides_what_counts() {
    let data = AppData {
        applications: vec![
            rejected(1, Stage::Interview, (11, 16), (11, 25)),
            rejected(2, Stage::FinalRound, (6, 1), (6, 20)),
        ],
        ..AppData::default()
    };
    let weeks = |r: Range| r.weeks(&data, today(), WeekStart::Monday);
    assert_eq!(weeks(Range::FourWeeks), 4);
    assert_eq!(weeks(Range::TwelveWeeks), 12);
    assert!(weeks(Range::All) >= 27, "back to June");
    let short = insights(&data, today(), WeekStart::Monday, weeks(Range::FourWeeks));
    let total: usize = short.by_stage.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 1, "June's rejection is outside the last four weeks");
    let all = insights(&data, today(), WeekStart::Monday, weeks(Range::All));
    let total: usize = all.by_stage.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 2);
    assert_eq!(Range::from_key(Range::Year.key()), Some(Range::Year));
}

#[test]
fn a_theme_mentioned_once_leads_nothing() {
    let mut a = rejected(1, Stage::Interview, (11, 2), (11, 12));
    a.feedback = Some(FeedbackRequest {
        sent_on: Some(day(2026, 11, 13)),
        reply_on: Some(day(2026, 11, 15)),
        themes: vec![Theme::Skills],
        ..FeedbackRequest::default()
    });
    let mut data = AppData {
        applications: vec![a.clone()],
        ..AppData::default()
    };
    let i = insights(&data, today(), WeekStart::Monday, 12);
    assert_eq!(i.themes, vec![(Theme::Skills, 1)]);
    assert!(!i.theme_leads());
    let mut b = a.clone();
    b.meta = Meta::new(id(2), t0());
    data.applications.push(b);
    let i = insights(&data, today(), WeekStart::Monday, 12);
    assert!(i.theme_leads());
    // The suggestion then is a goal from that theme.
    let s = i.suggestion.expect("a suggestion");
    assert_eq!(s.action, "Make it a goal");
    assert!(s.href.contains("theme=skills"), "{}", s.href);
}

#[test]
fn control_over_time_is_told_kindly() {
    let mut sep = rejected(1, Stage::Interview, (9, 1), (9, 10));
    sep.reasons = vec![
        reason("skills", Control::Within),
        reason("interview", Control::Within),
        reason("budget", Control::Outside),
    ];
    let mut nov = rejected(2, Stage::Interview, (11, 1), (11, 10));
    nov.reasons = vec![
        reason("skills", Control::Within),
        reason("internal", Control::Outside),
        reason("budget", Control::Outside),
    ];
    let data = AppData {
        applications: vec![sep, nov],
        ..AppData::default()
    };
    let i = insights(&data, today(), WeekStart::Monday, 26);
    assert_eq!(i.control_by_month.len(), 2);
    let s = control_trend_sentence(&i.control_by_month).expect("two months");
    assert!(
        s.starts_with("Fewer of the reasons were within your control lately"),
        "{s}"
    );
    assert!(
        s.contains("1 of 3 in November, after 2 of 3 in September"),
        "{s}"
    );
    // "Skills" came up twice as within control: the suggestion says so.
    let next = i.suggestion.expect("a suggestion");
    assert!(next.text.contains("Skills gap"), "{}", next.text);
}

#[test]
fn a_recent_rejection_not_asked_about_suggests_asking() {
    let a = rejected(1, Stage::Interview, (11, 20), (11, 28));
    let data = AppData {
        applications: vec![a],
        ..AppData::default()
    };
    let s = insights(&data, today(), WeekStart::Monday, 12)
        .suggestion
        .expect("a suggestion");
    assert_eq!(s.action, "Ask for feedback");
    assert!(s.text.contains("Co 1"));
}

fn checkin(n: u8, d: chrono::NaiveDate, feeling: Feeling) -> CheckIn {
    CheckIn::new(
        Meta::new(id(100 + n), t0() + Duration::minutes(i64::from(n))),
        feeling,
        d,
        "",
        Moment::Today,
        None,
    )
}

#[test]
fn recovery_shows_as_days_to_feeling_steadier() {
    let r1 = rejected(1, Stage::Interview, (10, 1), (10, 10));
    let r2 = rejected(2, Stage::Interview, (10, 20), (11, 1));
    let r3 = rejected(3, Stage::FinalRound, (11, 5), (11, 20));
    let checkins = vec![
        checkin(1, day(2026, 10, 10), Feeling::Low),
        checkin(2, day(2026, 10, 14), Feeling::Steady),
        checkin(3, day(2026, 11, 1), Feeling::Rough),
        checkin(4, day(2026, 11, 4), Feeling::Okay),
        checkin(5, day(2026, 11, 20), Feeling::Low),
        checkin(6, day(2026, 11, 25), Feeling::Good),
    ];
    assert_eq!(days_to_steadier(&r1, &checkins), Some(4));
    assert_eq!(days_to_steadier(&r2, &checkins), Some(3));
    assert_eq!(days_to_steadier(&r3, &checkins), Some(5));
    assert_eq!(
        recovery_trend(&[r1, r2, r3], &checkins).as_deref(),
        Some("After your last three rejections you felt steadier within about 4 days.")
    );
    assert_eq!(recovery_trend(&[], &checkins), None);
}
