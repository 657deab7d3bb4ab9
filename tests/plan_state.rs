//! The plan follows what happened (issue: "connected and calm").

use chrono::{DateTime, NaiveDate};
use rebound::model::feedback::Theme;
use rebound::model::journal::EntryKind;
use rebound::model::plan_state::{feedback_line, journal_kind, pause_title};
use rebound::model::record::{Id, Meta};
use rebound::model::recovery::default_template;
use rebound::model::rejection::{Application, Outcome};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("a day")
}

fn rejection() -> Application {
    let now = DateTime::from_timestamp(1_795_000_000, 0).expect("a time");
    let mut a = Application::blank(Meta::new(Id::from_random([3; 16]), now));
    a.company = "Acme".into();
    a.outcome = Outcome::Rejected;
    a.closed_on = Some(day(11, 20));
    a.start_recovery(&default_template(), day(11, 20));
    a
}

fn done(a: &Application, key: &str) -> bool {
    a.plan.iter().any(|s| s.key == key && s.done)
}

#[test]
fn sending_the_request_and_hearing_back_tick_the_feedback_step() {
    let mut a = rejection();
    assert!(!done(&a, "feedback"));
    a.mark_feedback_sent(day(11, 21));
    assert!(done(&a, "feedback"));
    let f = a.feedback.clone().expect("a request");
    assert_eq!(
        feedback_line(&f, day(11, 23)).as_deref(),
        Some("Sent 21 Nov 2026 · awaiting reply")
    );
    assert_eq!(
        feedback_line(&f, day(12, 14)).as_deref(),
        Some("Sent 21 Nov 2026 · no reply after three weeks, and that's fine")
    );

    let mut b = rejection();
    b.mark_feedback_sent(day(11, 21));
    b.plan.iter_mut().for_each(|s| s.done = false);
    b.record_reply("They wanted more SQL.".into(), day(11, 28));
    assert!(done(&b, "feedback"));
    b.feedback
        .as_mut()
        .expect("a request")
        .themes
        .push(Theme::Skills);
    let f = b.feedback.clone().expect("a request");
    assert_eq!(
        feedback_line(&f, day(12, 30)).as_deref(),
        Some("Sent 21 Nov 2026 · reply received 28 Nov 2026: Skills")
    );
    // Taking the reply back clears its date.
    b.record_reply("  ".into(), day(11, 29));
    assert_eq!(b.feedback.as_ref().and_then(|f| f.reply_on), None);
}

#[test]
fn writing_a_note_ticks_its_step_and_clearing_it_leaves_the_tick() {
    let mut a = rejection();
    let i = a
        .plan
        .iter()
        .position(|s| s.key == "good_thing")
        .expect("the step");
    a.write_step_note(i, "   ".into());
    assert!(!a.plan[i].done);
    a.write_step_note(i, "The panel liked my case study.".into());
    assert!(a.plan[i].done);
    a.write_step_note(i, String::new());
    assert!(a.plan[i].done);
    assert!(a.holds_more_than_basics());
    assert!(!rejection().holds_more_than_basics());
}

#[test]
fn the_pause_heading_says_what_was_chosen() {
    let today = day(11, 26);
    assert_eq!(pause_title(None, today), None);
    assert_eq!(
        pause_title(Some(today), today).as_deref(),
        Some("Resting until this evening")
    );
    assert_eq!(
        pause_title(Some(day(11, 27)), today).as_deref(),
        Some("Resting until tomorrow evening")
    );
    assert_eq!(
        pause_title(Some(day(11, 28)), today).as_deref(),
        Some("Resting until the evening of Saturday 28 November")
    );
    assert!(pause_title(Some(day(11, 22)), today).is_some_and(|t| t.starts_with("Pause over")));
}

#[test]
fn wins_and_strengths_from_the_plan_can_go_to_the_journal() {
    assert_eq!(journal_kind("good_thing"), Some(EntryKind::Win));
    assert_eq!(journal_kind("small_win"), Some(EntryKind::Win));
    assert_eq!(journal_kind("strengths"), Some(EntryKind::Strength));
    assert_eq!(journal_kind("lesson"), None);
}

#[test]
fn unknown_reasons_are_not_counted_as_outside_control() {
    use rebound::model::rejection::{Control, ControlSummary, Reason};
    let r = |tag: &str, control| Reason {
        tag: tag.into(),
        control,
    };
    let s = ControlSummary::of(&[
        r("unknown", Control::Outside),
        r("experience", Control::Outside),
        r("interview", Control::Within),
    ]);
    assert_eq!(
        s.sentence().as_deref(),
        Some("1 of 2 reasons were outside your control")
    );
    assert_eq!(
        ControlSummary::of(&[r("unknown", Control::Outside)]).sentence(),
        None
    );
}

#[test]
fn the_subject_names_the_role_as_a_role() {
    use rebound::model::compose::Compose;
    let c = Compose {
        role: "Data Analyst".into(),
        ..Compose::default()
    };
    assert_eq!(
        c.subject(),
        "Thank you, and a quick question about the Data Analyst role"
    );
}
