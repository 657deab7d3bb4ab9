//! Every plan step ticks by one rule: when the action it asks for is done
//! (issue #32 §3), and the words around goals and pauses tell the truth (§5).

mod common;

use chrono::Duration;
use common::*;
use rebound::model::backup::Exposure;
use rebound::model::data::AppData;
use rebound::model::field_merge::edit;
use rebound::model::goals::{add_progress, auto_counted, week_total, Unit};
use rebound::model::plan_state::{action_done, moved_since, unsettled};
use rebound::model::recovery::REFLECTION_PROMPTS;
use rebound::model::rejection::{Application, Control, Outcome, Reason};
use rebound::model::time::{Week, WeekStart};
use rebound::model::today::{due_items, Due};

const DEVICE: u128 = 7;

fn done(a: &Application, key: &str) -> bool {
    a.plan.iter().any(|s| s.key == key && s.done)
}

/// One edit, the way the app makes every edit (stamped, rules applied).
fn change(data: &mut AppData, minutes: i64, f: impl FnOnce(&mut Application)) {
    let id = data.applications[0].meta.id;
    assert!(edit(
        &mut data.applications,
        &id,
        t0() + Duration::minutes(minutes),
        DEVICE,
        f
    ));
}

fn one_rejection() -> AppData {
    AppData {
        applications: vec![app(1, "Acme Co.", Outcome::Rejected)],
        ..AppData::default()
    }
}

#[test]
fn answering_every_reflection_ticks_the_step_and_not_before() {
    let mut d = one_rejection();
    let (last, first) = REFLECTION_PROMPTS.split_last().expect("prompts");
    for (i, (key, _)) in first.iter().enumerate() {
        change(&mut d, i as i64 + 10, |a| {
            a.set_reflection(key, "Some".into())
        });
    }
    assert!(!done(&d.applications[0], "reflect"), "one prompt left");
    change(&mut d, 30, |a| a.set_reflection(last.0, "Last".into()));
    assert!(done(&d.applications[0], "reflect"));
}

#[test]
fn sorting_the_reasons_ticks_the_step_and_a_hand_untick_stands() {
    let mut d = one_rejection();
    let reason = |tag: &str, control| Reason {
        tag: tag.into(),
        control,
    };
    change(&mut d, 10, |a| {
        a.reasons = vec![reason("skills", Control::Within)]
    });
    assert!(done(&d.applications[0], "control"));
    // Unticked by hand, then another reason sorted: the person's untick stands.
    change(&mut d, 11, |a| {
        a.plan.iter_mut().for_each(|s| s.done = false)
    });
    change(&mut d, 12, |a| {
        a.reasons.push(reason("budget", Control::Outside));
    });
    assert!(!done(&d.applications[0], "control"));
    // Emptied and sorted afresh: the action is done again, so it ticks.
    change(&mut d, 13, |a| a.reasons.clear());
    change(&mut d, 14, |a| {
        a.reasons = vec![reason("fit", Control::Outside)]
    });
    assert!(done(&d.applications[0], "control"));
}

#[test]
fn notes_and_the_feedback_request_tick_by_the_same_rule() {
    let mut d = one_rejection();
    let i = d.applications[0]
        .plan
        .iter()
        .position(|s| s.key == "good_thing")
        .expect("step");
    change(&mut d, 10, |a| a.plan[i].note = "Met a kind panel.".into());
    assert!(done(&d.applications[0], "good_thing"));
    change(&mut d, 11, |a| {
        a.feedback.get_or_insert_with(Default::default).sent_on = Some(day(2026, 11, 2));
    });
    assert!(done(&d.applications[0], "feedback"));
    let a = &d.applications[0];
    let thank = a.plan.iter().find(|s| s.key == "thank").expect("step");
    assert!(
        !action_done(a, thank),
        "plain steps have no action the app sees"
    );
}

#[test]
fn choosing_a_pause_ticks_it_and_the_choice_reads_the_same_days_later() {
    let mut d = one_rejection();
    d.applications[0].pause_until = Some(day(2026, 11, 2));
    assert_eq!(d.applications[0].pause_choice(), Some(1), "the default");
    change(&mut d, 10, |a| {
        a.choose_pause(Some(day(2026, 11, 3)), day(2026, 11, 1))
    });
    let a = &d.applications[0];
    assert!(done(a, "pause"));
    // "Two days", chosen on the 1st, is still "Two days" on the 3rd.
    assert_eq!(a.pause_choice(), Some(2));
    change(&mut d, 11, |a| {
        a.choose_pause(Some(day(2026, 11, 20)), day(2026, 11, 1))
    });
    assert_eq!(d.applications[0].pause_choice(), None, "a date of its own");
}

#[test]
fn a_pause_that_ended_ticks_itself_unless_someone_unticked_it() {
    let mut d = one_rejection();
    change(&mut d, 1, |a| a.pause_until = Some(day(2026, 11, 2)));
    // Still resting on the 2nd; over on the 3rd (and for weeks after).
    assert!(unsettled(&d, day(2026, 11, 2)).is_empty());
    let ids = unsettled(&d, day(2026, 11, 20));
    assert_eq!(ids, vec![d.applications[0].meta.id]);
    change(&mut d, 10, |a| a.settle(day(2026, 11, 20), false));
    assert!(done(&d.applications[0], "pause"));
    assert!(unsettled(&d, day(2026, 11, 21)).is_empty());

    // Ticked and unticked by hand while resting: left as the person set it.
    let mut e = one_rejection();
    change(&mut e, 1, |a| a.pause_until = Some(day(2026, 11, 2)));
    change(&mut e, 2, |a| a.tick("pause"));
    change(&mut e, 3, |a| a.plan[0].done = false);
    e.applications[0].settle(day(2026, 11, 20), false);
    assert!(!done(&e.applications[0], "pause"));
}

#[test]
fn keep_one_thing_moving_ticks_once_the_search_moved() {
    let mut d = one_rejection();
    assert!(!moved_since(&d, &d.applications[0]));
    // A goal's progress logged after the rejection arrived counts...
    add_progress(
        &mut d.progress,
        id(40),
        day(2026, 11, 3),
        1,
        "",
        DEVICE,
        t0(),
    );
    assert!(moved_since(&d, &d.applications[0]));
    change(&mut d, 10, |a| a.settle(day(2026, 11, 3), true));
    assert!(done(&d.applications[0], "momentum"));
    // ...and so does an application tracked after it was logged.
    let mut e = one_rejection();
    e.applications.push(app(2, "Next Ltd", Outcome::InProgress));
    assert!(moved_since(&e, &e.applications[0]));
    assert!(!moved_since(&e, &e.applications[1]), "only what came after");
}

#[test]
fn pausing_shows_while_resting_even_once_the_choice_ticked_it() {
    let mut d = one_rejection();
    change(&mut d, 10, |a| {
        a.choose_pause(Some(day(2026, 11, 3)), day(2026, 11, 1))
    });
    let at = |data: &AppData, today| due_items(data, today, t0(), Exposure::Elsewhere);
    assert!(at(&d, day(2026, 11, 2))
        .iter()
        .any(|x| matches!(x, Due::Pausing { .. })));
    let over = at(&d, day(2026, 11, 4));
    assert!(over.iter().any(|x| matches!(x, Due::PauseOver { .. })));
    assert!(!over.iter().any(|x| matches!(x, Due::Pausing { .. })));
}

#[test]
fn rejections_logged_this_week_count_for_an_auto_counting_goal() {
    let mut goal = goal_at(30, 5, t0());
    goal.auto_count = true;
    let week = Week::containing(day(2026, 11, 4), WeekStart::Monday);
    let mut quick = app(1, "Acme & Sons", Outcome::Rejected);
    quick.closed_on = Some(day(2026, 11, 3));
    let mut other = app(2, "Beta", Outcome::Rejected);
    other.closed_on = Some(day(2026, 11, 4));
    let mut sent = app(3, "Gamma", Outcome::Rejected);
    sent.applied_on = Some(day(2026, 11, 2));
    sent.closed_on = Some(day(2026, 11, 4));
    let mut last_week = app(4, "Old", Outcome::Rejected);
    last_week.closed_on = Some(day(2026, 10, 28));
    let apps = vec![quick, other, sent, last_week];
    assert_eq!(week_total(&goal, &[], &apps, week), 3, "each counts once");
    let lines: Vec<String> = auto_counted(&apps, week).into_iter().map(|x| x.1).collect();
    assert!(lines.contains(&"+1 Acme & Sons, rejection logged".to_string()));
    assert!(lines.contains(&"+1 Gamma, application sent".to_string()));
    goal.auto_count = false;
    assert_eq!(week_total(&goal, &[], &apps, week), 0);
}

#[test]
fn units_agree_with_their_number() {
    assert_eq!(Unit::People.label_for(1), "person contacted");
    assert_eq!(Unit::People.label_for(3), "people contacted");
    assert_eq!(Unit::Applications.label_for(1), "application");
    assert_eq!(Unit::Own("walks".into()).label_for(1), "walks");
}

#[test]
fn tags_from_company_names_keep_their_words_apart() {
    use rebound::model::journal::tag_for;
    assert_eq!(tag_for("Smith & Co."), "Smith-Co");
    assert_eq!(tag_for("  Ärzte  ohne Grenzen "), "Ärzte-ohne-Grenzen");
    assert_eq!(tag_for("\"Quoted\" Ltd"), "Quoted-Ltd");
    assert_eq!(tag_for(""), "");
    assert!(tag_for(&"Long ".repeat(20)).chars().count() <= 40);
    assert!(!tag_for(&"Long ".repeat(20)).ends_with('-'));
}

#[test]
fn closing_every_quiet_application_comes_back_with_one_undo() {
    use rebound::model::rejection::{close, quiet_applications};
    use rebound::model::undo::{apply, Undo};
    let mut d = AppData::default();
    for n in 1..=3 {
        let mut a = app(n, &format!("Quiet {n}"), Outcome::InProgress);
        a.closed_on = None;
        a.applied_on = Some(day(2026, 9, 1));
        d.applications.push(a);
    }
    let today = day(2026, 11, 1);
    let before: Vec<Application> = quiet_applications(&d.applications, today, 30)
        .into_iter()
        .cloned()
        .collect();
    assert_eq!(before.len(), 3);
    for a in &before {
        edit(
            &mut d.applications,
            &a.meta.id,
            t0() + Duration::hours(1),
            DEVICE,
            |x| close(x, Outcome::NoResponse, today, t0() + Duration::hours(1)),
        );
    }
    assert!(quiet_applications(&d.applications, today, 30).is_empty());
    apply(
        &mut d,
        &Undo::Reopen(before),
        t0() + Duration::hours(2),
        DEVICE,
    );
    assert_eq!(quiet_applications(&d.applications, today, 30).len(), 3);
    assert!(d
        .applications
        .iter()
        .all(|a| a.outcome == Outcome::InProgress && a.plan.is_empty()));
    // The undo is a newer change: it wins a merge with the closed copies.
    let times: Vec<_> = d.applications.iter().map(|a| a.meta.updated_at).collect();
    assert!(times.iter().all(|t| *t == t0() + Duration::hours(2)));
}
