//! The product's rules: plans, control summaries, search, quiet applications,
//! the composer and the bridge check, weeks, goals and what's due today.

mod common;

use chrono::{Datelike, Duration, Weekday};
use common::*;
use proptest::prelude::*;
use rebound::model::backup::Exposure;
use rebound::model::compose::{
    bridge_check, decode, mailto, Compose, Kind, Tone, MAILTO_LIMIT, WORD_LIMIT,
};
use rebound::model::data::AppData;
use rebound::model::feedback::FeedbackRequest;
use rebound::model::goals::{add_progress, remove_progress, week_total, Goal, GoalWeek};
use rebound::model::record::tombstone;
use rebound::model::recovery::{
    default_template, edit_template, instantiate, progress_text, TemplateEdit,
};
use rebound::model::rejection::{
    company_history, control_summary_all, counts, filter_applications, quiet_applications, Control,
    ControlSummary, Filter, Outcome, Reason, Stage,
};
use rebound::model::time::{Week, WeekStart};
use rebound::model::today::{due_items, Due};

#[test]
fn template_edits_never_touch_past_plans() {
    let mut template = default_template();
    let mut past = instantiate(&template);
    past[0].done = true;
    let before = past.clone();
    edit_template(&mut template, TemplateEdit::ToggleHidden(0));
    edit_template(&mut template, TemplateEdit::MoveDown(1));
    edit_template(
        &mut template,
        TemplateEdit::Add {
            key: "own-1".into(),
            text: "Swim".into(),
        },
    );
    assert_eq!(past, before);
    let fresh = instantiate(&template);
    assert_eq!(fresh.len(), 12);
    assert_ne!(fresh[0].key, "pause");
    past[1].done = true;
    assert_eq!(progress_text(&past), "2 of 12");
}

#[test]
fn control_summary_reads_naturally() {
    let r = |c| Reason {
        tag: "t".into(),
        control: c,
    };
    let s = ControlSummary::of(&[r(Control::Outside), r(Control::Outside), r(Control::Within)]);
    assert_eq!(
        s.sentence().unwrap(),
        "2 of 3 reasons were outside your control"
    );
    assert_eq!(
        ControlSummary::of(&[r(Control::Within)])
            .sentence()
            .unwrap(),
        "0 of 1 reason was outside your control"
    );
    assert_eq!(ControlSummary::default().sentence(), None);
}

#[test]
fn control_summary_across_rejections_skips_deleted_and_open_ones() {
    let mut a = app(1, "A", Outcome::Rejected);
    a.reasons = vec![Reason {
        tag: "budget".into(),
        control: Control::Outside,
    }];
    let mut b = app(2, "B", Outcome::InProgress);
    b.reasons = vec![Reason {
        tag: "skills".into(),
        control: Control::Within,
    }];
    let mut c = app(3, "C", Outcome::NoResponse);
    c.reasons = vec![Reason {
        tag: "skills".into(),
        control: Control::Within,
    }];
    let mut apps = vec![a, b, c];
    assert_eq!(control_summary_all(&apps).total(), 2);
    tombstone(&mut apps, &id(3), t0());
    assert_eq!(
        control_summary_all(&apps),
        ControlSummary {
            within: 0,
            outside: 1
        }
    );
}

#[test]
fn search_and_filters_newest_first() {
    let mut a = app(1, "Northwind", Outcome::Rejected);
    a.closed_on = Some(day(2026, 1, 1));
    a.role = "Data analyst".into();
    let mut b = app(2, "Contoso", Outcome::Rejected);
    b.closed_on = Some(day(2026, 3, 1));
    b.stage = Stage::Application;
    let mut c = app(3, "northwind ", Outcome::InProgress);
    c.closed_on = None;
    c.applied_on = Some(day(2026, 2, 1));
    let apps = vec![a, b, c];
    let all = filter_applications(&apps, &Filter::default());
    assert_eq!(
        all.iter().map(|a| a.meta.id).collect::<Vec<_>>(),
        vec![id(2), id(3), id(1)]
    );
    let q = Filter {
        query: "  ANALYST".into(),
        ..Filter::default()
    };
    assert_eq!(filter_applications(&apps, &q).len(), 1);
    let s = Filter {
        stage: Some(Stage::Application),
        ..Filter::default()
    };
    assert_eq!(filter_applications(&apps, &s)[0].company, "Contoso");
    let o = Filter {
        outcome: Some(Outcome::InProgress),
        ..Filter::default()
    };
    assert_eq!(filter_applications(&apps, &o).len(), 1);
    assert_eq!(company_history(&apps, "NORTHWIND", Some(&id(3))).len(), 1);
    assert_eq!(company_history(&apps, "", None).len(), 0);
    let c = counts(&apps);
    assert_eq!((c.total, c.rejections, c.in_progress), (3, 2, 1));
}

#[test]
fn quiet_applications_are_suggested_after_n_days() {
    let mut a = app(1, "Quiet", Outcome::InProgress);
    a.applied_on = Some(day(2025, 10, 1));
    // News: the stage moved on (2025-11-13). A mere edit isn't news.
    a.s.set("stage", t0());
    a.meta.updated_at = t0() + Duration::days(20);
    let apps = vec![a];
    let today = t0().date_naive();
    assert!(quiet_applications(&apps, today + Duration::days(29), 30).is_empty());
    assert_eq!(
        quiet_applications(&apps, today + Duration::days(30), 30).len(),
        1
    );
}

#[test]
fn every_variant_and_tone_renders_completely() {
    for kind in [Kind::Feedback, Kind::ThankYou, Kind::Nudge] {
        for tone in [Tone::Brief, Tone::Warm] {
            for stage in Stage::ALL {
                let c = Compose {
                    kind,
                    tone,
                    stage,
                    recipient_name: "Ana".into(),
                    your_name: "Sam Lee".into(),
                    company: "Umbrella".into(),
                    role: "Researcher".into(),
                    personal_line: "I enjoyed meeting the team.".into(),
                    ..Compose::default()
                };
                let body = c.body();
                for leftover in ["{", "}", "__", "TODO", "  "] {
                    assert!(
                        !body.contains(leftover),
                        "{kind:?}/{tone:?}/{stage:?} has {leftover:?}: {body}"
                    );
                }
                assert!(body.starts_with("Hi Ana,"));
                assert!(body.trim_end().ends_with("Sam Lee"));
                assert!(c.subject().contains("Researcher"));
                if kind != Kind::Nudge {
                    assert!(body.contains("Umbrella"), "{body}");
                }
                // A default message passes its own bridge check, apart from length.
                let notes: Vec<_> = bridge_check(&body)
                    .into_iter()
                    .map(|n| n.key)
                    .filter(|k| *k != "length")
                    .collect();
                assert!(notes.is_empty(), "{kind:?}/{tone:?}: {notes:?}");
            }
        }
    }
}

#[test]
fn without_names_the_greeting_and_sign_off_still_read_well() {
    let c = Compose::default();
    let body = c.body();
    assert!(body.starts_with("Hello,"));
    assert!(body.ends_with("Best wishes,"));
    assert_eq!(
        c.subject(),
        "Thank you, and a quick question about my application"
    );
}

#[test]
fn the_bridge_check_flags_risky_phrases_kindly() {
    let keys = |t: &str| {
        bridge_check(t)
            .into_iter()
            .map(|n| n.key)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys("Thank you. Could you reconsider my application?"),
        ["reconsider"]
    );
    assert_eq!(keys("Thanks, but the process was unfair."), ["unfair"]);
    assert_eq!(
        keys("Thanks. Please explain why I was rejected."),
        ["demand"]
    );
    assert_eq!(keys("THANK YOU SO MUCH for your time"), ["shouting"]);
    assert_eq!(keys("Any feedback on my interview?"), ["thanks"]);
    let long = format!("Thank you. {}", "word ".repeat(WORD_LIMIT));
    assert_eq!(keys(&long), ["length"]);
    assert!(keys("Thank you for your time, I appreciated it.").is_empty());
}

#[test]
fn long_messages_pass_the_mailto_limit() {
    let c = Compose {
        personal_line: "é".repeat(400),
        ..Compose::default()
    };
    assert!(mailto("", &c.subject(), &c.body()).len() > MAILTO_LIMIT);
    let short = Compose::default();
    assert!(mailto("a@b.co", &short.subject(), &short.body()).len() < MAILTO_LIMIT);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn mailto_bodies_decode_to_the_text_with_crlf(text in any::<String>(), subject in any::<String>()) {
        let href = mailto("ana@example.com", &subject, &text);
        let (head, query) = href.split_once('?').unwrap();
        prop_assert_eq!(head, "mailto:ana@example.com");
        prop_assert!(!href.contains(' ') && !href.contains('\n'));
        let (s, b) = query.split_once("&body=").unwrap();
        let expected = text.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n");
        prop_assert_eq!(decode(b).unwrap(), expected);
        prop_assert_eq!(decode(s.trim_start_matches("subject=")).unwrap(), subject);
    }

    #[test]
    fn a_week_contains_its_day_and_starts_on_the_chosen_weekday(n in 0i64..5000, sunday in any::<bool>()) {
        let d = day(2020, 1, 1) + Duration::days(n);
        let start = if sunday { WeekStart::Sunday } else { WeekStart::Monday };
        let w = Week::containing(d, start);
        prop_assert!(w.contains(d));
        prop_assert_eq!(w.start.weekday(), if sunday { Weekday::Sun } else { Weekday::Mon });
        prop_assert!((1..=7).contains(&w.days_left(d)));
        prop_assert_eq!(Week::containing(w.end(), start), w);
        prop_assert_eq!(Week::containing(w.end() + Duration::days(1), start), w.next());
    }
}

/// This device, for goal progress.
const DEVICE: u128 = 0x5eed;

#[test]
fn weekly_totals_count_this_week_only_and_auto_count_applications() {
    let goal = Goal {
        auto_count: true,
        ..goal_at(9, 3, t0())
    };
    let week = Week::containing(day(2026, 11, 18), WeekStart::Monday);
    let mut checkins: Vec<GoalWeek> = Vec::new();
    for d in [day(2026, 11, 16), day(2026, 11, 22), day(2026, 11, 23)] {
        add_progress(&mut checkins, id(9), d, 1, "", DEVICE, t0());
    }
    // Two buckets (the 23rd is the next ISO week); a Sunday-start week spans both.
    assert_eq!(checkins.len(), 2);
    let sunday_week = Week::containing(day(2026, 11, 22), WeekStart::Sunday);
    let mut a = app(4, "A", Outcome::Rejected);
    a.closed_on = Some(day(2026, 11, 17));
    // A rejection logged this week with no sent date counts as logged
    // ("the applications and rejections I log"), in the week it arrived.
    assert_eq!(week_total(&goal, &checkins, &[a.clone()], week), 3);
    a.applied_on = Some(day(2026, 11, 16));
    assert_eq!(week_total(&goal, &checkins, &[a.clone()], week), 3);
    a.applied_on = Some(day(2026, 10, 1));
    assert_eq!(week_total(&goal, &checkins, &[a.clone()], week), 2);
    let manual = Goal {
        auto_count: false,
        ..goal
    };
    assert_eq!(week_total(&manual, &checkins, &[a], week), 2);
    assert_eq!(week_total(&manual, &checkins, &[], sunday_week), 2);
    // Undo takes it back off that day only.
    remove_progress(&mut checkins, &id(9), day(2026, 11, 22), 1, DEVICE, t0());
    assert_eq!(week_total(&manual, &checkins, &[], week), 1);
}

#[test]
fn due_items_at_given_moments() {
    let mut a = app(1, "Pausing Co", Outcome::Rejected);
    a.pause_until = Some(day(2026, 11, 23));
    a.feedback = Some(FeedbackRequest {
        sent_on: Some(day(2026, 11, 10)),
        ..FeedbackRequest::default()
    });
    let data = AppData {
        applications: vec![a],
        ..AppData::default()
    };
    let now = t0();
    let at = |d| due_items(&data, d, now, Exposure::Elsewhere);
    assert!(matches!(
        at(day(2026, 11, 22)).as_slice(),
        [Due::Pausing { .. }, Due::FollowUp { .. }, Due::WeeklyReview]
    ));
    assert!(matches!(
        at(day(2026, 11, 24)).as_slice(),
        [Due::PauseOver { .. }, Due::FollowUp { .. }]
    ));
    // Three weeks after sending, the request closes quietly: no more follow-up.
    assert!(!at(day(2026, 12, 1))
        .iter()
        .any(|d| matches!(d, Due::FollowUp { .. })));
    assert!(at(day(2026, 11, 16))
        .iter()
        .all(|d| !matches!(d, Due::FollowUp { .. })));
}

mod goals {
    use super::*;
    use rebound::model::goals::{can_rest, history, strength};

    fn goal(created: chrono::NaiveDate) -> Goal {
        goal_at(50, 2, created.and_hms_opt(9, 0, 0).unwrap().and_utc())
    }

    /// Two check-ins in each week starting on these Mondays.
    fn weeks_met(starts: &[chrono::NaiveDate]) -> Vec<GoalWeek> {
        let mut out = Vec::new();
        for d in starts {
            for k in 0..2u8 {
                let when = *d + Duration::days(i64::from(k));
                add_progress(&mut out, id(50), when, 1, "", DEVICE, t0());
            }
        }
        out
    }

    fn mondays(from: chrono::NaiveDate, n: usize) -> Vec<chrono::NaiveDate> {
        (0..n).map(|i| from + Duration::weeks(i as i64)).collect()
    }

    #[test]
    fn strength_rises_with_consistency_and_a_single_lapse_barely_moves_it() {
        let start = day(2026, 6, 1); // a Monday
        let g = goal(start);
        let current = Week::containing(start + Duration::weeks(12), WeekStart::Monday);
        let all = weeks_met(&mondays(start, 12));
        let h = history(&g, &all, &[], current, WeekStart::Monday, 13);
        assert_eq!(strength(&h, current), 100);
        let early = Week::containing(start + Duration::weeks(3), WeekStart::Monday);
        let h3 = history(&g, &all, &[], early, WeekStart::Monday, 13);
        assert_eq!(
            strength(&h3, early),
            33,
            "four good weeks of twelve, this one already met"
        );
        // Skip the last full week: a dip of about eight points.
        let mut lapsed = mondays(start, 12);
        lapsed.pop();
        let h = history(&g, &weeks_met(&lapsed), &[], current, WeekStart::Monday, 13);
        assert_eq!(strength(&h, current), 92);
    }

    #[test]
    fn the_current_week_never_lowers_the_score_and_rest_weeks_cost_nothing() {
        let start = day(2026, 6, 1);
        let mut g = goal(start);
        let current = Week::containing(start + Duration::weeks(4), WeekStart::Monday);
        let h = history(
            &g,
            &weeks_met(&mondays(start, 4)),
            &[],
            current,
            WeekStart::Monday,
            12,
        );
        let before = strength(&h, current);
        assert_eq!(before, 33);
        // Rest in week 2 instead of working: same score as if it were met... and not counted.
        let mut some = mondays(start, 4);
        some.remove(1);
        g.rest_weeks.push(start + Duration::weeks(1));
        let h = history(&g, &weeks_met(&some), &[], current, WeekStart::Monday, 12);
        assert_eq!(strength(&h, current), 25);
        assert!(h.iter().any(|w| w.rest));
    }

    #[test]
    fn one_rest_week_a_month() {
        let mut g = goal(day(2026, 6, 1));
        let w1 = Week::containing(day(2026, 6, 1), WeekStart::Monday);
        assert!(can_rest(&g, w1));
        g.rest_weeks.push(w1.start);
        assert!(can_rest(&g, w1), "an existing rest week can be kept");
        assert!(!can_rest(&g, w1.next()));
        assert!(can_rest(
            &g,
            Week::containing(day(2026, 7, 6), WeekStart::Monday)
        ));
    }

    #[test]
    fn weeks_before_the_goal_existed_do_not_count() {
        let start = day(2026, 6, 1);
        let g = goal(start);
        let current = Week::containing(start, WeekStart::Monday);
        let h = history(&g, &[], &[], current, WeekStart::Monday, 12);
        assert_eq!(h.iter().filter(|w| w.before_start).count(), 11);
        assert_eq!(strength(&h, current), 0);
    }

    #[test]
    fn sunday_weeks_and_year_boundaries() {
        // Sat 2 Jan 2027 is in the Sunday-start week beginning 27 Dec 2026.
        let w = Week::containing(day(2027, 1, 2), WeekStart::Sunday);
        assert_eq!(w.start, day(2026, 12, 27));
        let m = Week::containing(day(2027, 1, 2), WeekStart::Monday);
        assert_eq!(m.start, day(2026, 12, 28));
        // Week 53 of 2026 runs Mon 28 Dec to Sun 3 Jan.
        assert_eq!(rebound::model::time::iso_week_label(m.end()), "2026-W53");
        // Calendar dates don't care about clock changes: the week around the
        // end of European summer time (25 Oct 2026) is still seven days.
        let dst = Week::containing(day(2026, 10, 25), WeekStart::Monday);
        assert_eq!((dst.end() - dst.start).num_days(), 6);
    }
}

#[test]
fn goals_behind_and_the_weekly_review_come_at_the_end_of_the_week() {
    let goal = goal_at(9, 3, t0());
    let mut data = AppData {
        goals: vec![goal],
        ..AppData::default()
    };
    let now = t0();
    // Wednesday: nothing yet. Saturday: one goal behind. Sunday: also the review.
    assert!(due_items(&data, day(2026, 11, 18), now, Exposure::Elsewhere).is_empty());
    assert_eq!(
        due_items(&data, day(2026, 11, 21), now, Exposure::Elsewhere),
        vec![Due::GoalsBehind {
            count: 1,
            days_left: 2
        }]
    );
    assert_eq!(
        due_items(&data, day(2026, 11, 22), now, Exposure::Elsewhere),
        vec![
            Due::GoalsBehind {
                count: 1,
                days_left: 1
            },
            Due::WeeklyReview
        ]
    );
    // A rest week asks nothing.
    data.goals[0].rest_weeks.push(day(2026, 11, 16));
    assert_eq!(
        due_items(&data, day(2026, 11, 22), now, Exposure::Elsewhere),
        vec![Due::WeeklyReview]
    );
}

#[test]
fn becoming_a_rejection_starts_one_plan_and_a_pause_once() {
    let template = default_template();
    let mut a = app(7, "Later Co", Outcome::InProgress);
    a.plan.clear();
    a.start_recovery(&template, day(2026, 11, 22));
    assert!(a.plan.is_empty(), "still in progress: no plan yet");
    a.outcome = Outcome::Rejected;
    a.closed_on = Some(day(2026, 11, 20));
    a.start_recovery(&template, day(2026, 11, 22));
    assert_eq!(a.plan.len(), 12);
    assert_eq!(a.pause_until, Some(day(2026, 11, 23)));
    a.plan[0].done = true;
    a.start_recovery(&template, day(2026, 11, 25));
    assert!(a.plan[0].done, "a second call keeps the plan");
    assert_eq!(a.pause_until, Some(day(2026, 11, 23)));
}
