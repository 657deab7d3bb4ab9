//! Calendar files, insights and the support links.
//!
//! The `.ics` samples are also written to `target/ics-samples/`, where
//! `scripts/test` has a real iCalendar parser (Python's `icalendar`) read them.

mod common;

use chrono::Duration;
use common::*;
use proptest::prelude::*;
use rebound::model::data::AppData;
use rebound::model::feedback::{FeedbackRequest, Theme};
use rebound::model::ics::{calendar, escape, fold, follow_up, pause_end, weekly_review};
use rebound::model::insights::{burnout_signal, insights, BURNOUT_APPLICATIONS};
use rebound::model::rejection::{Control, Outcome, Reason, Stage};
use rebound::model::support::{message, sms_link, tel_link, SupportPerson};
use rebound::model::time::WeekStart;

fn samples() -> Vec<(&'static str, String)> {
    let now = t0();
    vec![
        (
            "follow-up",
            calendar(
                &follow_up(
                    format!("{}-follow-up", id(1)),
                    "Ünïcode, Corp; \"Ltd\"",
                    day(2026, 11, 30),
                ),
                now,
            ),
        ),
        (
            "pause-end",
            calendar(
                &pause_end(format!("{}-pause", id(2)), "Northwind", day(2026, 11, 23)),
                now,
            ),
        ),
        (
            "weekly-review",
            calendar(
                &weekly_review("weekly-review".into(), day(2026, 11, 29)),
                now,
            ),
        ),
    ]
}

#[test]
fn calendar_files_follow_rfc_5545() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/ics-samples");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in samples() {
        std::fs::write(dir.join(format!("{name}.ics")), &text).unwrap();
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "bare LF in {name}"
        );
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{name}: line over 75 octets: {line:?}");
        }
        assert!(text.contains("UID:") && text.contains("DTSTAMP:20251113T"));
    }
    let review = &samples()[2].1;
    assert!(review.contains("RRULE:FREQ=WEEKLY"));
    assert!(review.contains("DTSTART:20261129T170000"));
    assert!(samples()[0].1.contains("DTSTART;VALUE=DATE:20261130"));
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
}

proptest! {
    #[test]
    fn folding_keeps_every_character_and_splits_on_char_boundaries(s in any::<String>()) {
        let folded = fold(&format!("SUMMARY:{s}"));
        for line in folded.split("\r\n") {
            prop_assert!(line.len() <= 75);
        }
        prop_assert_eq!(folded.replace("\r\n ", ""), format!("SUMMARY:{s}"));
    }
}

#[test]
fn insight_figures_on_fixture_data() {
    let mut a = app(1, "A", Outcome::Rejected);
    a.stage = Stage::FinalRound;
    a.closed_on = Some(day(2026, 11, 17));
    a.reasons = vec![
        Reason {
            tag: "budget".into(),
            control: Control::Outside,
        },
        Reason {
            tag: "skills".into(),
            control: Control::Within,
        },
    ];
    a.feedback = Some(FeedbackRequest {
        sent_on: Some(day(2026, 11, 18)),
        reply_on: Some(day(2026, 11, 19)),
        themes: vec![Theme::Interview, Theme::Skills],
        ..FeedbackRequest::default()
    });
    let mut b = app(2, "B", Outcome::Rejected);
    b.stage = Stage::Application;
    b.closed_on = Some(day(2026, 11, 3));
    b.reasons = vec![Reason {
        tag: "internal".into(),
        control: Control::Outside,
    }];
    b.feedback = Some(FeedbackRequest {
        sent_on: Some(day(2026, 11, 4)),
        themes: vec![],
        ..FeedbackRequest::default()
    });
    let mut c = app(3, "C", Outcome::InProgress);
    c.closed_on = None;
    c.applied_on = Some(day(2026, 11, 16));
    let mut d2 = app(4, "D", Outcome::Rejected);
    d2.stage = Stage::FinalRound;
    d2.closed_on = Some(day(2026, 11, 18));
    d2.feedback = Some(FeedbackRequest {
        reply_on: Some(day(2026, 11, 20)),
        themes: vec![Theme::Interview],
        ..FeedbackRequest::default()
    });
    let data = AppData {
        applications: vec![a, b, c, d2],
        ..AppData::default()
    };
    let i = insights(&data, day(2026, 11, 22), WeekStart::Monday, 4);
    // The chart starts at the first activity (the week of 2 November), not
    // with an empty week before it.
    assert_eq!(i.weeks.len(), 3);
    assert_eq!(i.weeks[0].week.start, day(2026, 11, 2));
    let last = i.weeks.last().unwrap();
    assert_eq!((last.applications, last.rejections), (3, 2));
    assert_eq!(i.weeks[0].rejections, 1);
    // With nothing logged, the usual span.
    assert_eq!(
        insights(&AppData::default(), day(2026, 11, 22), WeekStart::Monday, 4)
            .weeks
            .len(),
        4
    );
    assert_eq!(
        i.by_stage
            .iter()
            .find(|(s, _)| *s == Stage::FinalRound)
            .unwrap()
            .1,
        2
    );
    assert_eq!(
        i.control.sentence().unwrap(),
        "2 of 3 reasons were outside your control"
    );
    assert_eq!((i.feedback_asked, i.feedback_answered), (2, 2));
    assert_eq!(i.themes[0], (Theme::Interview, 2));
}

#[test]
fn the_burnout_guard_needs_many_applications_and_total_silence() {
    let today = day(2026, 11, 22);
    let mut apps: Vec<_> = (0..BURNOUT_APPLICATIONS as u8)
        .map(|n| {
            let mut a = app(n + 10, "Quiet Co", Outcome::InProgress);
            a.closed_on = None;
            a.applied_on = Some(today - Duration::days(i64::from(n)));
            a
        })
        .collect();
    let data = AppData {
        applications: apps.clone(),
        ..AppData::default()
    };
    assert_eq!(burnout_signal(&data, today), Some(BURNOUT_APPLICATIONS));
    // Any answer in the fortnight, even a no, means the search is being heard.
    apps[0].outcome = Outcome::Rejected;
    apps[0].closed_on = Some(today);
    let data = AppData {
        applications: apps.clone(),
        ..AppData::default()
    };
    assert_eq!(burnout_signal(&data, today), None);
    apps.truncate(3);
    let data = AppData {
        applications: apps,
        ..AppData::default()
    };
    assert_eq!(burnout_signal(&data, today), None);
}

#[test]
fn support_links_are_prefilled_and_safe() {
    let p = SupportPerson {
        name: "Jo".into(),
        email: String::new(),
        phone: "+44 (0)7700 900123".into(),
    };
    assert_eq!(tel_link(&p).unwrap(), "tel:+4407700900123");
    let sms = sms_link(&p, "Acme").unwrap();
    assert!(sms.starts_with("sms:+4407700900123?body=Hi%20Jo%2C%20I%20heard%20back%20from%20Acme"));
    assert!(message("", "").starts_with("Hi, I heard back about a job today"));
}

#[test]
fn csv_lists_applications_neutralises_formulas_and_says_no_reply_after_three_weeks() {
    use rebound::model::backup::{applications_csv, csv_cell};
    assert_eq!(csv_cell("=1+2"), "'=1+2");
    assert_eq!(csv_cell("-5"), "'-5");
    assert_eq!(csv_cell("a,\"b\""), "\"a,\"\"b\"\"\"");
    let mut a = app(1, "@Corp, Ltd", Outcome::Rejected);
    a.feedback = Some(FeedbackRequest {
        sent_on: Some(day(2026, 11, 1)),
        ..FeedbackRequest::default()
    });
    let data = AppData {
        applications: vec![a],
        ..AppData::default()
    };
    let early = applications_csv(&data, day(2026, 11, 10));
    assert!(early.ends_with(",asked\r\n"), "{early}");
    let late = applications_csv(&data, day(2026, 11, 30));
    assert!(late.contains("\"'@Corp, Ltd\""), "{late}");
    assert!(late.ends_with(",no reply\r\n"), "{late}");
}

#[test]
fn the_weekly_review_falls_on_the_last_day_of_the_persons_week() {
    use rebound::model::ics::{weekly_review_from, When};
    use rebound::model::time::WeekStart;
    let wednesday = day(2026, 12, 2);
    let first_day = |start| match weekly_review_from(wednesday, start).when {
        When::Local(t, _) => t.date(),
        other => panic!("a local time: {other:?}"),
    };
    assert_eq!(first_day(WeekStart::Monday), day(2026, 12, 6)); // Sunday
    assert_eq!(first_day(WeekStart::Sunday), day(2026, 12, 5)); // Saturday
}
