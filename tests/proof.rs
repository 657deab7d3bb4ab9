//! Proof of search: each preset's period and requirement, the rows built
//! from applications and activities, the CSV and journal text, the
//! certification reminders, the claim settings read back from storage,
//! and the merge of activities.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use proptest::prelude::*;
use rebound::model::data::merge_records;
use rebound::model::proof::*;
use rebound::model::record::{tombstone, Id, Meta};
use rebound::model::rejection::{Application, Contact, Outcome, Stage};
use rebound::model::time::WeekStart;

fn t0() -> DateTime<Utc> {
    DateTime::from_timestamp(1_763_000_000, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn id(n: u8) -> Id {
    Id::from_random([n; 16])
}

fn meta(n: u8) -> Meta {
    Meta::new(id(n), t0() + Duration::minutes(i64::from(n)))
}

/// An application sent on `applied` (built from `blank`, so new fields
/// on Application don't break these tests).
fn app(
    n: u8,
    company: &str,
    role: &str,
    applied: Option<NaiveDate>,
    outcome: Outcome,
) -> Application {
    let mut a = Application::blank(meta(n));
    a.company = company.into();
    a.role = role.into();
    a.applied_on = applied;
    a.outcome = outcome;
    a
}

fn act(n: u8, kind: ActivityKind, date: NaiveDate) -> Activity {
    let mut a = Activity::new(meta(n), kind, date);
    a.organisation = format!("Org {n}");
    a
}

fn preset_rules(preset: Preset) -> Rules {
    rules(preset, &Claim::default(), WeekStart::Monday)
}

fn claim_of(preset: Preset) -> Claim {
    Claim {
        preset,
        ..Claim::default()
    }
}

// 2026-11-01 is a Sunday, 2026-11-02 a Monday.
const SUN: (i32, u32, u32) = (2026, 11, 1);

fn nov(d: u32) -> NaiveDate {
    day(SUN.0, SUN.1, d)
}

// ---------------------------------------------------------------------
// Presets: periods, week starts and requirements

#[test]
fn every_preset_has_its_documented_period_requirement_and_language() {
    use Requirement as R;
    let table = [
        (Preset::Us, Period::Week, WeekStart::Sunday, R::Count(3)),
        (
            Preset::NewYork,
            Period::Week,
            WeekStart::Monday,
            R::CountOnDifferentDays(3),
        ),
        (
            Preset::Washington,
            Period::Week,
            WeekStart::Sunday,
            R::Count(3),
        ),
        (Preset::Texas, Period::Week, WeekStart::Sunday, R::Count(3)),
        (Preset::California, Period::Week, WeekStart::Sunday, R::None),
        (
            Preset::UkUniversalCredit,
            Period::Week,
            WeekStart::Monday,
            R::Hours(35),
        ),
        (
            Preset::Germany,
            Period::Month,
            WeekStart::Monday,
            R::Count(5),
        ),
        (Preset::Australia, Period::Month, WeekStart::Monday, R::None),
        (Preset::Canada, Period::Week, WeekStart::Sunday, R::None),
        (Preset::Other, Period::Week, WeekStart::Monday, R::None),
    ];
    for (preset, period, week_start, requirement) in table {
        let r = preset_rules(preset);
        assert_eq!(r.preset, preset);
        assert_eq!(r.period, period, "{preset:?}");
        assert_eq!(r.week_start, week_start, "{preset:?}");
        assert_eq!(r.requirement, requirement, "{preset:?}");
        assert!(!r.columns.is_empty());
        assert_eq!(
            r.columns[0],
            Column::Date,
            "{preset:?}: the date comes first"
        );
        let german = preset == Preset::Germany;
        assert_eq!(r.language == ReportLang::De, german);
        assert_eq!(r.counted == Counted::Applications, german);
    }
    let typed: Vec<Preset> = Preset::ALL
        .into_iter()
        .filter(|p| preset_rules(*p).typed_in)
        .collect();
    assert_eq!(
        typed,
        [
            Preset::California,
            Preset::UkUniversalCredit,
            Preset::Australia
        ]
    );
}

#[test]
fn sunday_week_presets_run_sunday_to_saturday() {
    for preset in [
        Preset::Us,
        Preset::Washington,
        Preset::Texas,
        Preset::California,
        Preset::Canada,
    ] {
        let r = preset_rules(preset);
        // Whatever the app's own week start is.
        let r2 = rules(preset, &Claim::default(), WeekStart::Monday);
        assert_eq!(r, r2);
        assert_eq!(period_of(nov(4), &r), (nov(1), nov(7)), "{preset:?}");
        assert_eq!(period_of(nov(1), &r), (nov(1), nov(7)));
        assert_eq!(period_of(nov(7), &r), (nov(1), nov(7)));
        assert_eq!(period_of(nov(8), &r), (nov(8), nov(14)));
    }
}

#[test]
fn new_york_weeks_run_monday_to_sunday() {
    let r = preset_rules(Preset::NewYork);
    let sunday_app = rules(Preset::NewYork, &Claim::default(), WeekStart::Sunday);
    for r in [&r, &sunday_app] {
        assert_eq!(period_of(nov(4), r), (nov(2), nov(8)));
        assert_eq!(period_of(nov(8), r), (nov(2), nov(8)));
        assert_eq!(period_of(nov(1), r), (day(2026, 10, 26), nov(1)));
    }
}

#[test]
fn new_york_three_activities_on_two_days_do_not_meet_it() {
    let r = preset_rules(Preset::NewYork);
    let week = period_of(nov(4), &r);
    let acts = [
        act(1, ActivityKind::JobFair, nov(3)),
        act(2, ActivityKind::Networking, nov(3)),
        act(3, ActivityKind::FollowUp, nov(5)),
    ];
    let rows = rows(&[], &acts, week.0, week.1);
    let p = progress(&rows, &r, week, false);
    assert_eq!((p.done, p.distinct_days, p.needed), (3, 2, Some(3)));
    assert!(!p.met);
    assert_eq!(summary(&p, &r), "3 this week, on 2 of 3 different days");

    let two = progress(&rows[..2], &r, week, false);
    assert_eq!(summary(&two, &r), "2 of 3 this week, on 1 day");

    let mut acts = acts.to_vec();
    acts.push(act(4, ActivityKind::Workshop, nov(8)));
    let rows = rebound::model::proof::rows(&[], &acts, week.0, week.1);
    let p = progress(&rows, &r, week, false);
    assert!(p.met);
    assert_eq!(
        summary(&p, &r),
        "Requirement met: 4 this week, on 3 different days"
    );

    let exact = [
        act(1, ActivityKind::JobFair, nov(2)),
        act(2, ActivityKind::Networking, nov(3)),
        act(3, ActivityKind::FollowUp, nov(4)),
    ];
    let rows = rebound::model::proof::rows(&[], &exact, week.0, week.1);
    let p = progress(&rows, &r, week, false);
    assert_eq!(
        summary(&p, &r),
        "Requirement met: 3 of 3 this week, on 3 different days"
    );
    let none = progress(&[], &r, week, false);
    assert_eq!(summary(&none, &r), "0 of 3 this week");
    let split = progress(&rows[..2], &r, week, false);
    assert_eq!(summary(&split, &r), "2 of 3 this week, on 2 different days");
}

#[test]
fn counts_meet_a_plain_count_on_any_days() {
    let r = preset_rules(Preset::Washington);
    let week = period_of(nov(4), &r);
    let acts: Vec<Activity> = (1..=3)
        .map(|n| act(n, ActivityKind::JobFair, nov(2)))
        .collect();
    let rows = rows(&[], &acts, week.0, week.1);
    let p = progress(&rows, &r, week, false);
    assert!(p.met);
    assert_eq!(summary(&p, &r), "Requirement met: 3 of 3 this week");
    let p2 = progress(&rows[..2], &r, week, false);
    assert_eq!(summary(&p2, &r), "2 of 3 this week");
    let more: Vec<Activity> = (1..=5)
        .map(|n| act(n, ActivityKind::JobFair, nov(3)))
        .collect();
    let rows = rebound::model::proof::rows(&[], &more, week.0, week.1);
    let p = progress(&rows, &r, week, false);
    assert_eq!(
        summary(&p, &r),
        "Requirement met: 5 this week, more than the 3 asked"
    );
}

#[test]
fn uk_counts_hours_from_activities_and_applications() {
    let r = preset_rules(Preset::UkUniversalCredit);
    let week = period_of(nov(4), &r);
    assert_eq!(week, (nov(2), nov(8)));
    let mut a1 = act(1, ActivityKind::Workshop, nov(2));
    a1.minutes = Some(6 * 60);
    let mut a2 = act(2, ActivityKind::Other, nov(3));
    a2.minutes = Some(12 * 60);
    let untimed = act(3, ActivityKind::Networking, nov(4));
    let applied = app(4, "Acme", "Analyst", Some(nov(5)), Outcome::InProgress);
    let details = |_: &Application| {
        Some(ProofDetails {
            minutes: Some(3 * 60),
            ..ProofDetails::default()
        })
    };
    let acts = [a1, a2, untimed];
    let rows = rows_with(
        std::slice::from_ref(&applied),
        details,
        &acts,
        week.0,
        week.1,
    );
    let p = progress(&rows, &r, week, false);
    assert_eq!((p.minutes, p.untimed, p.done), (21 * 60, 1, 4));
    assert!(!p.met);
    assert_eq!(summary(&p, &r), "21 of 35 hours this week");

    let mut half = act(5, ActivityKind::Other, nov(6));
    half.minutes = Some(30);
    let acts2 = [acts.to_vec(), vec![half]].concat();
    let rows2 = rows_with(
        std::slice::from_ref(&applied),
        details,
        &acts2,
        week.0,
        week.1,
    );
    let p = progress(&rows2, &r, week, false);
    assert_eq!(summary(&p, &r), "21.5 of 35 hours this week");

    let mut big = act(6, ActivityKind::Other, nov(7));
    big.minutes = Some(14 * 60);
    let acts3 = [acts.to_vec(), vec![big]].concat();
    let rows3 = rows_with(
        std::slice::from_ref(&applied),
        details,
        &acts3,
        week.0,
        week.1,
    );
    let p = progress(&rows3, &r, week, false);
    assert!(p.met);
    assert_eq!(summary(&p, &r), "Requirement met: 35 of 35 hours this week");
}

#[test]
fn uk_weeks_follow_the_apps_own_week_start() {
    let sunday = rules(
        Preset::UkUniversalCredit,
        &Claim::default(),
        WeekStart::Sunday,
    );
    assert_eq!(period_of(nov(4), &sunday), (nov(1), nov(7)));
    let monday = rules(
        Preset::UkUniversalCredit,
        &Claim::default(),
        WeekStart::Monday,
    );
    assert_eq!(period_of(nov(4), &monday), (nov(2), nov(8)));
}

#[test]
fn german_periods_are_calendar_months() {
    let r = preset_rules(Preset::Germany);
    assert_eq!(
        period_of(day(2026, 2, 14), &r),
        (day(2026, 2, 1), day(2026, 2, 28))
    );
    assert_eq!(
        period_of(day(2028, 2, 29), &r),
        (day(2028, 2, 1), day(2028, 2, 29))
    );
    assert_eq!(
        period_of(day(2026, 12, 31), &r),
        (day(2026, 12, 1), day(2026, 12, 31))
    );
    assert_eq!(
        period_of(day(2026, 1, 1), &r),
        (day(2026, 1, 1), day(2026, 1, 31))
    );
    assert_eq!(
        period_of(day(2026, 4, 30), &r),
        (day(2026, 4, 1), day(2026, 4, 30))
    );
}

#[test]
fn germany_counts_applications_in_the_month_and_lists_the_rest() {
    let r = preset_rules(Preset::Germany);
    let feb = period_of(day(2026, 2, 10), &r);
    let apps = [
        app(
            1,
            "Jan GmbH",
            "Analyst",
            Some(day(2026, 1, 31)),
            Outcome::Rejected,
        ),
        app(
            2,
            "Feb AG",
            "Analyst",
            Some(day(2026, 2, 1)),
            Outcome::InProgress,
        ),
        app(
            3,
            "Feb KG",
            "Analyst",
            Some(day(2026, 2, 28)),
            Outcome::NoResponse,
        ),
        app(
            4,
            "März SE",
            "Analyst",
            Some(day(2026, 3, 1)),
            Outcome::InProgress,
        ),
    ];
    let fair = act(5, ActivityKind::JobFair, day(2026, 2, 12));
    let rows = rows(&apps, &[fair], feb.0, feb.1);
    let orgs: Vec<&str> = rows.iter().map(|r| r.organisation.as_str()).collect();
    assert_eq!(orgs, ["Feb AG", "Org 5", "Feb KG"]);
    let p = progress(&rows, &r, feb, false);
    assert_eq!((p.done, p.logged, p.needed), (2, 3, Some(5)));
    assert!(!p.met);
    assert_eq!(summary(&p, &r), "2 of 5 applications this month");
    assert_eq!(
        footer(&p, &r),
        "Aufgeführt: 3. Vorgabe: 5 Bewerbungen pro Monat. Gezählt: 2 Bewerbungen."
    );
}

#[test]
fn record_only_presets_count_without_a_target() {
    for preset in [Preset::Australia, Preset::California, Preset::Canada] {
        let r = preset_rules(preset);
        let span = period_of(day(2026, 11, 18), &r);
        let acts: Vec<Activity> = (1..=6)
            .map(|n| {
                act(
                    n,
                    ActivityKind::JobFair,
                    span.0 + Duration::days(i64::from(n % 5)),
                )
            })
            .collect();
        let rows = rows(&[], &acts, span.0, span.1);
        let p = progress(&rows, &r, span, false);
        assert!(!p.met);
        assert_eq!(p.needed, None);
        let when = if preset == Preset::Australia {
            "month"
        } else {
            "week"
        };
        assert_eq!(summary(&p, &r), format!("6 logged this {when}"));
        let empty = progress(&[], &r, span, false);
        assert_eq!(
            summary(&empty, &r),
            format!("Nothing logged this {when} yet")
        );
    }
}

#[test]
fn a_target_changes_the_presets_number() {
    use Requirement as R;
    let with = |preset, target| {
        let claim = Claim {
            preset,
            target: Some(target),
            ..Claim::default()
        };
        claim.rules(WeekStart::Monday).requirement
    };
    assert_eq!(with(Preset::Texas, 5), R::Count(5));
    assert_eq!(with(Preset::NewYork, 4), R::CountOnDifferentDays(4));
    assert_eq!(with(Preset::NewYork, 30), R::CountOnDifferentDays(7));
    assert_eq!(with(Preset::UkUniversalCredit, 20), R::Hours(20));
    assert_eq!(
        with(Preset::UkUniversalCredit, 1000),
        R::Hours(MAX_TARGET_HOURS)
    );
    assert_eq!(with(Preset::Germany, 8), R::Count(8));
    assert_eq!(with(Preset::Germany, 5000), R::Count(MAX_TARGET_COUNT));
    assert_eq!(with(Preset::Canada, 2), R::Count(2));
    assert_eq!(with(Preset::Texas, 0), R::None);
    // Other takes its requirement as chosen, not the target.
    assert_eq!(with(Preset::Other, 5), R::None);
}

#[test]
fn other_uses_the_chosen_period_requirement_and_columns() {
    let claim = Claim {
        preset: Preset::Other,
        period: Period::Month,
        requirement: Requirement::CountOnDifferentDays(40),
        columns: vec![Column::Date, Column::Organisation, Column::Result],
        ..Claim::default()
    };
    let r = claim.rules(WeekStart::Sunday);
    assert_eq!(r.period, Period::Month);
    assert_eq!(r.week_start, WeekStart::Sunday);
    assert_eq!(r.requirement, Requirement::CountOnDifferentDays(28));
    assert_eq!(r.columns, claim.columns);
    assert_eq!(r.language, ReportLang::En);
    let plain = claim_of(Preset::Other).rules(WeekStart::Monday);
    assert_eq!(
        plain.columns.len(),
        10,
        "no columns chosen: the default layout"
    );
}

#[test]
fn the_period_chooser_covers_weeks_months_and_custom_dates() {
    let sunday = preset_rules(Preset::Texas);
    let monday = preset_rules(Preset::UkUniversalCredit);
    let today = nov(4);
    assert_eq!(
        periods(PeriodChoice::ThisWeek, today, &sunday),
        (nov(1), nov(7))
    );
    assert_eq!(
        periods(PeriodChoice::ThisWeek, today, &monday),
        (nov(2), nov(8))
    );
    assert_eq!(
        periods(PeriodChoice::LastWeek, today, &sunday),
        (day(2026, 10, 25), day(2026, 10, 31))
    );
    assert_eq!(
        periods(PeriodChoice::LastWeek, today, &monday),
        (day(2026, 10, 26), nov(1))
    );
    assert_eq!(
        periods(PeriodChoice::ThisMonth, today, &sunday),
        (nov(1), nov(30))
    );
    assert_eq!(
        periods(PeriodChoice::LastMonth, day(2026, 1, 15), &sunday),
        (day(2025, 12, 1), day(2025, 12, 31))
    );
    assert_eq!(
        periods(PeriodChoice::LastMonth, day(2026, 3, 31), &sunday),
        (day(2026, 2, 1), day(2026, 2, 28))
    );
    assert_eq!(
        periods(PeriodChoice::Custom(nov(20), nov(3)), today, &sunday),
        (nov(3), nov(20))
    );
}

#[test]
fn rest_weeks_are_gentle_and_still_list_what_was_logged() {
    let r = preset_rules(Preset::NewYork);
    let week = period_of(nov(4), &r);
    let acts = [act(1, ActivityKind::JobFair, nov(3))];
    let rows = rows(&[], &acts, week.0, week.1);
    let p = progress(&rows, &r, week, true);
    assert_eq!(
        summary(&p, &r),
        "A rest week — nothing is counted against you here."
    );
    assert_eq!(p.logged, 1);
    assert!(
        !footer(&p, &r).contains("rest"),
        "the authority's copy doesn't mention it"
    );
}

#[test]
fn the_footer_says_met_only_for_one_whole_period() {
    let r = preset_rules(Preset::NewYork);
    let week = period_of(nov(4), &r);
    let acts: Vec<Activity> = (2..=4)
        .map(|d| act(d as u8, ActivityKind::JobFair, nov(d)))
        .collect();
    let rs = rows(&[], &acts, week.0, week.1);
    let p = progress(&rs, &r, week, false);
    assert_eq!(
        footer(&p, &r),
        "Activities listed: 3. Requirement: 3 activities a week, on different days. Counted: 3 on 3 different days — met."
    );
    let month = (nov(1), nov(30));
    let p = progress(&rs, &r, month, false);
    assert!(!p.whole_period);
    assert!(footer(&p, &r).ends_with("Counted in these dates: 3 on 3 different days."));
    let ca = preset_rules(Preset::California);
    let p = progress(&rs, &ca, period_of(nov(4), &ca), false);
    assert_eq!(
        footer(&p, &ca),
        "Activities listed: 3. Requirement: No fixed number: a record kept in case it is asked for."
    );
    let uk = preset_rules(Preset::UkUniversalCredit);
    assert_eq!(requirement_text(&uk), "35 hours a week");
}

// ---------------------------------------------------------------------
// Rows

#[test]
fn rows_come_from_live_applications_sent_in_the_period_and_activities() {
    let (start, end) = (nov(1), nov(7));
    let mut apps = vec![
        app(1, "Acme", "Analyst", Some(nov(3)), Outcome::InProgress),
        // Applied before the period, rejected in it: not a new activity.
        app(
            2,
            "Before",
            "Analyst",
            Some(day(2026, 10, 20)),
            Outcome::Rejected,
        ),
        // Logged as a quick rejection with no "applied" date.
        app(3, "Quick", "Analyst", None, Outcome::Rejected),
        app(4, "After", "Analyst", Some(nov(8)), Outcome::InProgress),
        app(5, "Deleted", "Analyst", Some(nov(4)), Outcome::InProgress),
        app(6, "Beta", "Engineer", Some(nov(2)), Outcome::NoResponse),
    ];
    apps[1].closed_on = Some(nov(4));
    apps[2].closed_on = Some(nov(4));
    tombstone(&mut apps, &id(5), t0()).unwrap();
    let mut acts = vec![
        act(10, ActivityKind::Interview, nov(3)),
        act(11, ActivityKind::JobFair, nov(7)),
        act(12, ActivityKind::Workshop, day(2026, 10, 31)),
        act(13, ActivityKind::FollowUp, nov(5)),
    ];
    tombstone(&mut acts, &id(13), t0()).unwrap();
    let rows = rows(&apps, &acts, start, end);
    let seen: Vec<(NaiveDate, &str)> = rows
        .iter()
        .map(|r| (r.date, r.organisation.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            (nov(2), "Beta"),
            (nov(3), "Acme"),
            (nov(3), "Org 10"),
            (nov(7), "Org 11")
        ]
    );
    assert_eq!(rows[0].source, Source::Application(id(6)));
    assert_eq!(rows[0].kind, RowKind::Application);
    assert_eq!(rows[0].response, Some(Response::NoResponse));
    assert_eq!(rows[2].source, Source::Activity(id(10)));
    assert_eq!(rows[2].kind, RowKind::Activity(ActivityKind::Interview));
    // Either order of the dates gives the same rows.
    assert_eq!(rebound::model::proof::rows(&apps, &acts, end, start), rows);
}

#[test]
fn application_results_follow_outcome_and_stage() {
    let cases = [
        (
            Outcome::InProgress,
            Stage::Application,
            "Awaiting reply",
            "offen",
        ),
        (
            Outcome::InProgress,
            Stage::Interview,
            "Invited to interview",
            "Einladung",
        ),
        (
            Outcome::InProgress,
            Stage::FinalRound,
            "Invited to interview",
            "Einladung",
        ),
        (Outcome::Rejected, Stage::Interview, "Rejected", "Absage"),
        (
            Outcome::NoResponse,
            Stage::Application,
            "No response",
            "keine Rückmeldung",
        ),
        (Outcome::Offer, Stage::FinalRound, "Offer", "Zusage"),
        (
            Outcome::Withdrawn,
            Stage::Screening,
            "Withdrawn",
            "zurückgezogen",
        ),
    ];
    for (outcome, stage, en, de) in cases {
        let mut a = app(1, "Acme", "Analyst", Some(nov(3)), outcome);
        a.stage = stage;
        let rs = rows(&[a], &[], nov(1), nov(7));
        assert_eq!(cell(&rs[0], Column::Result, ReportLang::En), en);
        assert_eq!(cell(&rs[0], Column::Result, ReportLang::De), de);
    }
}

#[test]
fn cells_translate_chosen_values_and_keep_typed_text() {
    let mut a = Activity::new(meta(1), ActivityKind::Interview, nov(3));
    a.organisation = "Acme".into();
    a.position = "Data Analyst (Ref 42)".into();
    a.contact_name = "Sam Lee, Recruiter".into();
    a.contact_details = "sam@acme.example".into();
    a.how = Some(Method::Phone);
    a.result = "Second round next week".into();
    a.minutes = Some(90);
    a.proof = "Calendar invite saved".into();
    a.notes = "Talked through my portfolio.".into();
    let r = &rows(&[], &[a], nov(1), nov(7))[0];
    let en = |c| cell(r, c, ReportLang::En);
    let de = |c| cell(r, c, ReportLang::De);
    assert_eq!(en(Column::Date), "2026-11-03");
    assert_eq!(de(Column::Date), "03.11.2026");
    assert_eq!(en(Column::Activity), "Interview");
    assert_eq!(de(Column::Activity), "Vorstellungsgespräch");
    assert_eq!(en(Column::Method), "Phone");
    assert_eq!(de(Column::Method), "telefonisch");
    assert_eq!(en(Column::Contact), "Sam Lee, Recruiter, sam@acme.example");
    assert_eq!(en(Column::ContactType), "Interview");
    assert_eq!(en(Column::Time), "1 h 30 min");
    assert_eq!(de(Column::Time), "1 Std. 30 Min.");
    assert_eq!(
        en(Column::Description),
        "Interview — Data Analyst (Ref 42) — Talked through my portfolio."
    );
    assert_eq!(
        en(Column::WhatDone),
        "Talked through my portfolio.; Second round next week"
    );
    assert_eq!(
        en(Column::Notes),
        "Position: Data Analyst (Ref 42). Talked through my portfolio. Result: Second round next week. Proof: Calendar invite saved"
    );
    assert_eq!(
        de(Column::Result),
        "Second round next week",
        "typed text stays"
    );
    let methods: Vec<&str> = Method::ALL
        .iter()
        .map(|m| {
            let mut x = Activity::new(meta(2), ActivityKind::Other, nov(3));
            x.how = Some(*m);
            let r = rows(&[], &[x], nov(3), nov(3));
            match cell(&r[0], Column::Method, ReportLang::De).as_str() {
                "online" => "online",
                "E-Mail" => "E-Mail",
                "telefonisch" => "telefonisch",
                "persönlich" => "persönlich",
                "postalisch" => "postalisch",
                _ => "sonstige",
            }
        })
        .collect();
    assert_eq!(
        methods,
        [
            "online",
            "E-Mail",
            "telefonisch",
            "persönlich",
            "postalisch",
            "sonstige"
        ]
    );
}

#[test]
fn an_applications_proof_details_fill_its_row() {
    let mut a = app(1, "Acme", "Data Analyst", Some(nov(3)), Outcome::InProgress);
    a.contact = Contact {
        name: "Sam Lee".into(),
        email: "sam@acme.example".into(),
    };
    let details = ProofDetails {
        contact_details: "+1 555 0100".into(),
        method: Some(Method::Online),
        proof: "Confirmation 7781".into(),
        minutes: Some(45),
    };
    let d = details.clone();
    let r = &rows_with(&[a.clone()], move |_| Some(d.clone()), &[], nov(1), nov(7))[0];
    assert_eq!(r.contact_name, "Sam Lee");
    assert_eq!(r.contact_details, "+1 555 0100; sam@acme.example");
    assert_eq!(r.method, Some(Method::Online));
    assert_eq!(r.proof, "Confirmation 7781");
    assert_eq!(r.minutes, Some(45));
    assert_eq!(cell(r, Column::ContactType, ReportLang::En), "Application");
    // Without details, only what the application itself holds.
    let plain = &rows(&[a], &[], nov(1), nov(7))[0];
    assert_eq!(plain.contact_details, "sam@acme.example");
    assert_eq!((plain.method, plain.proof.as_str()), (None, ""));
}

// ---------------------------------------------------------------------
// CSV and journal text

fn header(preset: Preset) -> String {
    let r = preset_rules(preset);
    csv(&[], &r, r.language)
}

#[test]
fn csv_headers_follow_each_authoritys_layout() {
    let expected = [
        (Preset::Us, "Date,Activity,Employer,Position or reference,Person contacted,Contact details,How,Result,Proof"),
        (Preset::NewYork, "Date,Activity,Employer,\"Employer address, email or website, and phone\",Person contacted (name or title),Contact method,Position or job title"),
        (Preset::Washington, "Date of contact,Activity type,Employer,Contact information,Job title or reference number,Type of contact,How,What you did and the result,Documentation"),
        (Preset::Texas, "Date,Description,Employer,Person contacted,Employer contact details,How,Result"),
        (Preset::California, "Date,Activity,Employer,Contact information,Position or reference,Contact method,Result"),
        (Preset::UkUniversalCredit, "Date,Activity,Organisation,Time spent,Notes"),
        (Preset::Germany, "Datum,Unternehmen,Stelle,Art der Bewerbung,Ergebnis"),
        (Preset::Australia, "Date,Activity,Organisation,Job title,Person contacted,Contact details,How,Result"),
        (Preset::Canada, "Date,Business,Person contacted,Type of work,How,Result"),
        (Preset::Other, "Date,Activity,Organisation,Position or reference,Person contacted,Contact details,How,Result,Time spent,Proof"),
    ];
    for (preset, head) in expected {
        assert_eq!(header(preset), format!("{head}\r\n"), "{preset:?}");
    }
    // Any preset's columns can be written in German, and the German
    // preset in English (the interface language doesn't change it).
    let ny = preset_rules(Preset::NewYork);
    assert!(csv(&[], &ny, ReportLang::De).starts_with("Datum,Art der Aktivität,Unternehmen,"));
    let de = preset_rules(Preset::Germany);
    assert_eq!(
        csv(&[], &de, ReportLang::En),
        "Date,Organisation,Position or reference,How,Result\r\n"
    );
}

#[test]
fn german_csv_rows_are_german() {
    let r = preset_rules(Preset::Germany);
    let mut a = app(
        1,
        "Müller GmbH",
        "Sachbearbeiter",
        Some(day(2026, 2, 3)),
        Outcome::Rejected,
    );
    a.stage = Stage::Interview;
    let b = app(
        2,
        "Schmidt AG",
        "Assistenz",
        Some(day(2026, 2, 5)),
        Outcome::InProgress,
    );
    let d = |x: &Application| {
        (x.company == "Müller GmbH").then(|| ProofDetails {
            method: Some(Method::Email),
            ..ProofDetails::default()
        })
    };
    let (start, end) = period_of(day(2026, 2, 1), &r);
    let rows = rows_with(&[a, b], d, &[], start, end);
    assert_eq!(
        csv(&rows, &r, r.language),
        "Datum,Unternehmen,Stelle,Art der Bewerbung,Ergebnis\r\n\
         03.02.2026,Müller GmbH,Sachbearbeiter,E-Mail,Absage\r\n\
         05.02.2026,Schmidt AG,Assistenz,,offen\r\n"
    );
}

#[test]
fn csv_quotes_and_neutralises_formulas() {
    let mut a = Activity::new(meta(1), ActivityKind::Other, nov(3));
    a.organisation = "=SUM(A1)".into();
    a.position = "+1".into();
    a.result = "-1".into();
    a.proof = "@x".into();
    a.contact_name = "Lee, \"Sam\"".into();
    a.contact_details = "line one\nline two".into();
    let claim = Claim {
        columns: vec![
            Column::Organisation,
            Column::Position,
            Column::Result,
            Column::Proof,
            Column::Person,
            Column::ContactDetails,
        ],
        ..Claim::default()
    };
    let r = claim.rules(WeekStart::Monday);
    let rows = rows(&[], &[a], nov(1), nov(7));
    let text = csv(&rows, &r, ReportLang::En);
    let body = text.split_once("\r\n").unwrap().1;
    assert_eq!(
        body,
        "'=SUM(A1),'+1,'-1,'@x,\"Lee, \"\"Sam\"\"\",\"line one\nline two\"\r\n"
    );
    assert_eq!(
        body,
        [
            "=SUM(A1)",
            "+1",
            "-1",
            "@x",
            "Lee, \"Sam\"",
            "line one\nline two"
        ]
        .map(rebound::model::backup::csv_cell)
        .join(",")
            + "\r\n",
        "the same cells as the applications export"
    );
}

#[test]
fn journal_lines_read_as_sentences() {
    let r = preset_rules(Preset::UkUniversalCredit);
    let applied = app(1, "Acme", "Data Analyst", Some(nov(3)), Outcome::InProgress);
    let d = |_: &Application| {
        Some(ProofDetails {
            method: Some(Method::Online),
            minutes: Some(45),
            ..ProofDetails::default()
        })
    };
    let mut fair = Activity::new(meta(2), ActivityKind::JobFair, nov(4));
    fair.organisation = "City Hall".into();
    fair.minutes = Some(120);
    fair.notes = "Met four employers.\nTook leaflets".into();
    fair.proof = "Photo of badge".into();
    let mut call = Activity::new(meta(3), ActivityKind::FollowUp, nov(5));
    call.organisation = "Beta".into();
    call.position = "Engineer".into();
    call.how = Some(Method::Phone);
    call.result = "Still reviewing".into();
    let bare = Activity::new(meta(4), ActivityKind::Other, nov(6));
    let rows = rows_with(&[applied], d, &[fair, call, bare], nov(2), nov(8));
    assert_eq!(
        journal_lines(&rows, &r),
        "Tue 3 Nov 2026 — Applied online to Acme for Data Analyst (45 min). Result: awaiting reply.\n\
         Wed 4 Nov 2026 — Job fair at City Hall (2 h). Met four employers. Took leaflets. Proof: Photo of badge.\n\
         Thu 5 Nov 2026 — Followed up with Beta about Engineer, by phone. Result: Still reviewing.\n\
         Fri 6 Nov 2026 — Work-search activity.\n"
    );
    assert_eq!(journal_lines(&[], &r), "");
}

#[test]
fn german_journal_lines_are_german() {
    let r = preset_rules(Preset::Germany);
    let a = app(
        1,
        "Acme",
        "Analyst",
        Some(day(2026, 2, 3)),
        Outcome::NoResponse,
    );
    let d = |_: &Application| {
        Some(ProofDetails {
            method: Some(Method::Mail),
            ..ProofDetails::default()
        })
    };
    let rows = rows_with(&[a], d, &[], day(2026, 2, 1), day(2026, 2, 28));
    assert_eq!(
        journal_lines(&rows, &r),
        "Di., 03.02.2026 — Bewerbung bei Acme als Analyst (postalisch). Ergebnis: keine Rückmeldung.\n"
    );
}

#[test]
fn the_report_says_who_what_and_that_nothing_was_sent() {
    let claim = Claim {
        preset: Preset::Germany,
        name: "  Alex Muster \n".into(),
        reference: "123D456789".into(),
        ..Claim::default()
    };
    let r = claim.rules(WeekStart::Monday);
    assert_eq!(
        identity_lines(&claim, &r),
        ["Name: Alex Muster", "Kundennummer: 123D456789"]
    );
    assert!(identity_lines(&Claim::default(), &preset_rules(Preset::Us)).is_empty());
    assert_eq!(
        title(&r, day(2026, 2, 1), day(2026, 2, 28)),
        "Nachweis der Eigenbemühungen, 01.02.2026 – 28.02.2026"
    );
    assert_eq!(
        title(&preset_rules(Preset::NewYork), nov(2), nov(8)),
        "Work Search Record, 2026-11-02 – 2026-11-08"
    );
    assert!(honesty_note(ReportLang::En).contains("only what I entered"));
    assert!(honesty_note(ReportLang::En).contains("did not submit"));
    assert!(honesty_note(ReportLang::De).contains("nichts übermittelt"));
}

// ---------------------------------------------------------------------
// Certification reminders

fn certifying(day_of_week: Weekday, cadence: Cadence, anchor: Option<NaiveDate>) -> Claim {
    Claim {
        preset: Preset::NewYork,
        cert_day: Some(day_of_week),
        cadence,
        anchor,
        ..Claim::default()
    }
}

#[test]
fn weekly_certification_days_fall_on_the_chosen_weekday() {
    let c = certifying(Weekday::Sun, Cadence::Weekly, None);
    assert_eq!(
        certification_days(&c, nov(4), 3),
        [nov(8), nov(15), nov(22)]
    );
    assert_eq!(
        certification_days(&c, nov(8), 1),
        [nov(8)],
        "from is inclusive"
    );
    assert!(certification_days(&Claim::default(), nov(4), 3).is_empty());
    assert!(is_certification_day(&c, nov(15)));
    assert!(!is_certification_day(&c, nov(14)));
}

#[test]
fn biweekly_certification_days_keep_step_with_the_anchor() {
    // Anchored on Tuesday 3 Nov: the 17th is one, the 10th isn't.
    let c = certifying(Weekday::Tue, Cadence::Biweekly, Some(nov(3)));
    assert_eq!(
        certification_days(&c, nov(4), 3),
        [nov(17), day(2026, 12, 1), day(2026, 12, 15)]
    );
    assert_eq!(certification_days(&c, nov(17), 1), [nov(17)]);
    // An anchor in the future, or on another weekday, keeps the same step.
    let later = certifying(Weekday::Tue, Cadence::Biweekly, Some(day(2027, 3, 2)));
    assert_eq!(certification_days(&later, nov(4), 1), [nov(10)]);
    let thursday = certifying(Weekday::Tue, Cadence::Biweekly, Some(day(2026, 10, 29)));
    assert_eq!(certification_days(&thursday, nov(4), 1), [nov(17)]);
    assert!(is_certification_day(&c, day(2026, 10, 20)));
    assert!(!is_certification_day(&c, day(2026, 10, 27)));
    // Without an anchor a reminder every week beats one missing.
    let loose = certifying(Weekday::Tue, Cadence::Biweekly, None);
    assert_eq!(certification_days(&loose, nov(4), 2), [nov(10), nov(17)]);
}

#[test]
fn the_nudge_comes_the_day_before_while_the_requirement_is_open() {
    let c = certifying(Weekday::Sun, Cadence::Weekly, None);
    let r = c.rules(WeekStart::Monday);
    let week = period_of(nov(7), &r);
    let two = [
        act(1, ActivityKind::JobFair, nov(3)),
        act(2, ActivityKind::Workshop, nov(4)),
    ];
    let rs = rows(&[], &two, week.0, week.1);
    let p = progress(&rs, &r, week, false);
    assert_eq!(
        nudge(nov(7), &c, &p).as_deref(),
        Some("Your certification is tomorrow. You've logged 2 of 3 this week, on 2 different days — one more activity, on another day, would meet it.")
    );
    assert_eq!(nudge(nov(6), &c, &p), None, "only the day before");
    assert_eq!(nudge(nov(8), &c, &p), None);
    let rest = progress(&rs, &r, week, true);
    assert_eq!(nudge(nov(7), &c, &rest), None, "never in a rest week");
    let three = [two.to_vec(), vec![act(3, ActivityKind::Other, nov(5))]].concat();
    let met = progress(&rows(&[], &three, week.0, week.1), &r, week, false);
    assert_eq!(nudge(nov(7), &c, &met), None, "met: nothing to nudge");

    let same_day = [
        act(1, ActivityKind::JobFair, nov(3)),
        act(2, ActivityKind::Workshop, nov(3)),
    ];
    let p = progress(&rows(&[], &same_day, week.0, week.1), &r, week, false);
    assert_eq!(
        nudge(nov(7), &c, &p).as_deref(),
        Some("Your certification is tomorrow. You've logged 2 of 3 this week, on 1 day — 2 more activities, on other days, would meet it.")
    );

    let plain = Claim {
        preset: Preset::Washington,
        ..c.clone()
    };
    let wr = plain.rules(WeekStart::Monday);
    let wk = period_of(nov(7), &wr);
    let p = progress(&rows(&[], &two, wk.0, wk.1), &wr, wk, false);
    assert_eq!(
        nudge(nov(7), &plain, &p).as_deref(),
        Some("Your certification is tomorrow. You've logged 2 of 3 this week — one more activity would meet it.")
    );

    let uk = Claim {
        preset: Preset::UkUniversalCredit,
        ..c.clone()
    };
    let ur = uk.rules(WeekStart::Monday);
    let mut long = act(1, ActivityKind::Workshop, nov(3));
    long.minutes = Some(21 * 60);
    let p = progress(&rows(&[], &[long], week.0, week.1), &ur, week, false);
    assert_eq!(
        nudge(nov(7), &uk, &p).as_deref(),
        Some("Your certification is tomorrow. You've logged 21 of 35 hours this week — 14 more hours would meet it.")
    );

    let ca = Claim {
        preset: Preset::California,
        ..c.clone()
    };
    let cr = ca.rules(WeekStart::Monday);
    let p = progress(&[], &cr, period_of(nov(7), &cr), false);
    assert_eq!(nudge(nov(7), &ca, &p), None, "record only: nothing to meet");
    assert_eq!(nudge(nov(7), &Claim::default(), &p), None);
}

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

#[test]
fn the_certification_calendar_repeats_weekly_or_biweekly() {
    let weekly = certifying(Weekday::Sun, Cadence::Weekly, None);
    let text = certification_ics(&weekly, nov(4), "certification", t0()).unwrap();
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "folded at 75 octets: {line:?}");
    }
    assert!(
        text.contains("\r\n "),
        "the description is long enough to fold"
    );
    let flat = unfold(&text);
    let lines: Vec<&str> = flat.split("\r\n").collect();
    assert_eq!(lines[0], "BEGIN:VCALENDAR");
    assert!(lines.contains(&"UID:certification@rebound.invalid"));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261108"));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20261109"));
    assert!(lines.contains(&"RRULE:FREQ=WEEKLY"));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("DTSTAMP:") && l.ends_with('Z')));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("DESCRIPTION:") && l.contains("\\, to copy or print")));
    assert_eq!(lines.iter().filter(|l| l.starts_with("BEGIN:")).count(), 2);
    assert_eq!(lines.iter().filter(|l| l.starts_with("END:")).count(), 2);

    let biweekly = certifying(Weekday::Tue, Cadence::Biweekly, Some(nov(3)));
    let flat = unfold(&certification_ics(&biweekly, nov(4), "c;1", t0()).unwrap());
    assert!(flat.contains("\r\nDTSTART;VALUE=DATE:20261117\r\n"));
    assert!(flat.contains("\r\nRRULE:FREQ=WEEKLY;INTERVAL=2\r\n"));
    assert!(flat.contains("\r\nUID:c\\;1@rebound.invalid\r\n"));
    assert_eq!(
        certification_ics(&Claim::default(), nov(4), "c", t0()),
        None
    );
}

// ---------------------------------------------------------------------
// Stored shapes

#[test]
fn activities_round_trip_with_short_names_and_no_empty_fields() {
    let mut a = Activity::new(meta(1), ActivityKind::AgencyAppointment, nov(3));
    a.organisation = "Career Centre".into();
    a.how = Some(Method::InPerson);
    a.minutes = Some(60);
    let json = serde_json::to_string(&a).unwrap();
    assert!(json.contains(r#""kind":"agency_appointment""#));
    assert!(json.contains(r#""date":"2026-11-03""#));
    assert!(json.contains(r#""org":"Career Centre""#));
    assert!(json.contains(r#""how":"in_person""#));
    assert!(json.contains(r#""min":60"#));
    for absent in ["pos", "who", "reach", "result", "proof", "notes"] {
        assert!(
            !json.contains(&format!("\"{absent}\"")),
            "{absent} skipped when empty"
        );
    }
    let back: Activity = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    // A kind or method from a newer version reads as Other.
    let newer = json
        .replace("agency_appointment", "hackathon")
        .replace("in_person", "carrier_pigeon");
    let read: Activity = serde_json::from_str(&newer).unwrap();
    assert_eq!(
        (read.kind, read.how),
        (ActivityKind::Other, Some(Method::Other))
    );
    assert!(serde_json::from_str::<Activity>(&json.replace("2026-11-03", "2026-02-30")).is_err());
}

#[test]
fn keys_and_labels_round_trip() {
    for k in ActivityKind::ALL {
        assert_eq!(ActivityKind::from_key(k.key()), Some(k));
        assert_eq!(
            serde_json::to_string(&k).unwrap(),
            format!("\"{}\"", k.key())
        );
        assert!(!k.label().is_empty());
    }
    for m in Method::ALL {
        assert_eq!(Method::from_key(m.key()), Some(m));
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            format!("\"{}\"", m.key())
        );
    }
    for p in Preset::ALL {
        assert_eq!(Preset::from_key(p.key()), Some(p));
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            format!("\"{}\"", p.key())
        );
    }
    assert_eq!(ActivityKind::from_key("nope"), None);
}

#[test]
fn cleaning_caps_every_field() {
    let mut a = Activity::new(meta(1), ActivityKind::Other, nov(3));
    a.organisation = format!("  {}  ", "é".repeat(600));
    a.notes = "n".repeat(5000);
    a.proof = " saved ".into();
    a.minutes = Some(100_000);
    a.clean();
    assert_eq!(a.organisation.chars().count(), MAX_TEXT_CHARS);
    assert_eq!(a.notes.chars().count(), MAX_NOTES_CHARS);
    assert_eq!(a.proof, "saved");
    assert_eq!(a.minutes, Some(MAX_MINUTES));
    assert_eq!(
        Activity::new(meta(1), ActivityKind::Other, nov(3))
            .cleaned()
            .minutes,
        None
    );
    let zero = Activity {
        minutes: Some(0),
        ..Activity::new(meta(1), ActivityKind::Other, nov(3))
    };
    assert_eq!(zero.cleaned().minutes, None);
    let mut d = ProofDetails {
        contact_details: "x".repeat(900),
        proof: "  ok ".into(),
        minutes: Some(9999),
        method: None,
    };
    d.clean();
    assert_eq!(d.contact_details.len(), MAX_TEXT_CHARS);
    assert_eq!((d.proof.as_str(), d.minutes), ("ok", Some(MAX_MINUTES)));
}

#[test]
fn deleting_an_activity_keeps_only_its_meta() {
    let mut a = Activity::new(meta(1), ActivityKind::Interview, nov(3));
    a.organisation = "Acme".into();
    a.notes = "private".into();
    a.contact_details = "sam@acme.example".into();
    let mut all = vec![a.clone()];
    let before = tombstone(&mut all, &id(1), t0() + Duration::days(1)).unwrap();
    assert_eq!(before, a);
    let json = serde_json::to_string(&all[0]).unwrap();
    for gone in ["Acme", "private", "sam@", "interview", "2026-11-03"] {
        assert!(!json.contains(gone), "{gone} left storage: {json}");
    }
    assert!(rows(&[], &all, nov(1), nov(30)).is_empty());
}

#[test]
fn proof_details_skip_when_empty_and_round_trip() {
    assert!(ProofDetails::default().is_empty());
    assert_eq!(
        serde_json::to_string(&ProofDetails::default()).unwrap(),
        "{}"
    );
    let d: ProofDetails = serde_json::from_str("{}").unwrap();
    assert_eq!(d, ProofDetails::default());
    let full = ProofDetails {
        contact_details: "hr@acme.example".into(),
        method: Some(Method::Email),
        proof: "Sent mail saved".into(),
        minutes: Some(30),
    };
    let json = serde_json::to_string(&full).unwrap();
    assert_eq!(
        json,
        r#"{"reach":"hr@acme.example","method":"email","proof":"Sent mail saved","min":30}"#
    );
    assert_eq!(serde_json::from_str::<ProofDetails>(&json).unwrap(), full);
    assert!(!full.is_empty());
}

#[test]
fn claim_settings_round_trip() {
    let c = Claim {
        preset: Preset::Other,
        period: Period::Month,
        requirement: Requirement::Hours(20),
        columns: vec![Column::Date, Column::Notes],
        target: Some(4),
        name: "Alex".into(),
        reference: "A-1".into(),
        cert_day: Some(Weekday::Thu),
        cadence: Cadence::Biweekly,
        anchor: Some(nov(5)),
    };
    let json = c.to_json();
    assert_eq!(Claim::from_json(&json), c);
    for r in [
        Requirement::Count(3),
        Requirement::CountOnDifferentDays(3),
        Requirement::None,
    ] {
        let c = Claim {
            requirement: r,
            ..Claim::default()
        };
        assert_eq!(Claim::from_json(&c.to_json()), c);
    }
    assert_eq!(
        Claim::from_json(&Claim::default().to_json()),
        Claim::default()
    );
}

#[test]
fn bad_claim_settings_fall_back_field_by_field() {
    for junk in ["", "null", "[]", "42", "{", "\"x\"", "{\"preset\":"] {
        assert_eq!(Claim::from_json(junk), Claim::default(), "{junk:?}");
    }
    let text = r#"{
        "preset": "mars",
        "period": 7,
        "requirement": {"count": "three"},
        "columns": ["date", "bogus", {"x":1}, "result", "date"],
        "target": -3,
        "name": 5,
        "reference": "  REF-9\n ",
        "cert_day": "Funday",
        "cadence": "fortnightly",
        "anchor": "2026-02-30",
        "extra": true
    }"#;
    let c = Claim::from_json(text);
    assert_eq!(
        c,
        Claim {
            columns: vec![Column::Date, Column::Result],
            reference: "REF-9".into(),
            ..Claim::default()
        }
    );
    let good = Claim::from_json(
        r#"{"preset":"germany","target":8,"cert_day":"Mon","anchor":"2026-11-02","cadence":"biweekly"}"#,
    );
    assert_eq!(good.preset, Preset::Germany);
    assert_eq!(good.target, Some(8));
    assert_eq!(good.cert_day, Some(Weekday::Mon));
    assert_eq!(good.anchor, Some(nov(2)));
    assert_eq!(good.cadence, Cadence::Biweekly);
    let long = Claim::from_json(&format!(r#"{{"name":"{}"}}"#, "a".repeat(5000)));
    assert_eq!(long.name.len(), MAX_CLAIM_TEXT_CHARS);
}

// ---------------------------------------------------------------------
// Properties

fn any_activity() -> impl Strategy<Value = Activity> {
    (
        0u8..6,
        0i64..400,
        0i64..400,
        prop::option::of(0i64..50),
        0usize..7,
        0i64..60,
        "[a-zA-Z ]{0,8}",
        prop::option::of(0u32..600),
    )
        .prop_map(|(n, c, u, del, kind, offset, org, minutes)| {
            let created = t0() + Duration::seconds(c);
            let updated = created + Duration::seconds(u);
            let meta = Meta {
                id: id(n),
                created_at: created,
                updated_at: updated,
                deleted_at: del.map(|d| updated - Duration::seconds(d.min(u))),
            };
            let mut a = Activity::new(
                meta,
                ActivityKind::ALL[kind],
                nov(1) + Duration::days(offset),
            );
            if a.meta.is_live() {
                a.organisation = org;
                a.minutes = minutes;
            } else {
                a = Activity::blank(a.meta.clone());
            }
            a
        })
}

fn any_activities() -> impl Strategy<Value = Vec<Activity>> {
    prop::collection::vec(any_activity(), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merging_activities_is_commutative(a in any_activities(), b in any_activities()) {
        prop_assert_eq!(merge_records(&a, &b), merge_records(&b, &a));
    }

    #[test]
    fn merging_activities_is_idempotent(a in any_activities()) {
        let once = merge_records(&a, &[]);
        prop_assert_eq!(merge_records(&once, &once), once.clone());
        prop_assert_eq!(merge_records(&once, &[]), once);
    }

    #[test]
    fn merging_activities_is_associative(a in any_activities(), b in any_activities(), c in any_activities()) {
        prop_assert_eq!(
            merge_records(&merge_records(&a, &b), &c),
            merge_records(&a, &merge_records(&b, &c))
        );
    }

    #[test]
    fn a_newer_deletion_wins_and_keeps_no_content(a in any_activity(), later in 1i64..1000) {
        let mut deleted = vec![a.clone()];
        if tombstone(&mut deleted, &a.meta.id, a.meta.updated_at + Duration::seconds(later)).is_some() {
            let merged = merge_records(std::slice::from_ref(&a), &deleted);
            prop_assert_eq!(merged.len(), 1);
            prop_assert!(!merged[0].meta.is_live());
            prop_assert_eq!(&merged[0], &Activity::blank(merged[0].meta.clone()));
            prop_assert!(rows(&[], &merged, nov(1), day(2027, 1, 1)).is_empty());
        }
    }

    #[test]
    fn merged_activities_keep_every_id(a in any_activities(), b in any_activities()) {
        let m = merge_records(&a, &b);
        for r in a.iter().chain(&b) {
            prop_assert!(m.iter().any(|x| x.meta.id == r.meta.id));
        }
    }

    #[test]
    fn periods_contain_their_day(y in 2000i32..2100, ord in 1u32..366, preset in 0usize..10, sunday: bool) {
        let d = NaiveDate::from_yo_opt(y, ord).unwrap();
        let ws = if sunday { WeekStart::Sunday } else { WeekStart::Monday };
        let r = rules(Preset::ALL[preset], &Claim::default(), ws);
        let (start, end) = period_of(d, &r);
        prop_assert!(start <= d && d <= end);
        match r.period {
            Period::Week => {
                prop_assert_eq!((end - start).num_days(), 6);
                let first = if r.week_start == WeekStart::Sunday { Weekday::Sun } else { Weekday::Mon };
                prop_assert_eq!(start.weekday(), first);
            }
            Period::Month => {
                prop_assert_eq!(start.day(), 1);
                prop_assert_eq!(start.month(), end.month());
                prop_assert_ne!(end.succ_opt().unwrap().month(), end.month());
            }
        }
        prop_assert_eq!(period_of(start, &r), (start, end));
        prop_assert_eq!(period_of(end, &r), (start, end));
    }

    #[test]
    fn summaries_never_shame(acts in any_activities(), preset in 0usize..10, rest: bool) {
        let r = preset_rules(Preset::ALL[preset]);
        let span = period_of(nov(15), &r);
        let rs = rows(&[], &acts, span.0, span.1);
        let p = progress(&rs, &r, span, rest);
        let text = summary(&p, &r).to_lowercase();
        for word in ["only", "behind", "miss", "fail", "must", "should", "short", "not enough", "!"] {
            prop_assert!(!text.contains(word), "{:?} in {:?}", word, text);
        }
        if let Some(line) = nudge(nov(14), &certifying(Weekday::Sun, Cadence::Weekly, None), &p) {
            let line = line.to_lowercase();
            for word in ["only", "behind", "miss", "fail", "must", "should"] {
                prop_assert!(!line.contains(word), "{:?} in {:?}", word, line);
            }
        }
        prop_assert!(p.met == summary(&p, &r).starts_with("Requirement met") || rest);
    }

    #[test]
    fn certification_days_are_on_the_day_and_in_step(
        weekday in 0u8..7, biweekly: bool, anchor in 0i64..400, from in 0i64..400
    ) {
        let wd = Weekday::try_from(weekday).unwrap();
        let anchor = day(2026, 1, 1) + Duration::days(anchor);
        let cadence = if biweekly { Cadence::Biweekly } else { Cadence::Weekly };
        let c = certifying(wd, cadence, Some(anchor));
        let from = day(2026, 1, 1) + Duration::days(from);
        let days = certification_days(&c, from, 5);
        prop_assert_eq!(days.len(), 5);
        let gap = if biweekly { 14 } else { 7 };
        prop_assert!(days[0] >= from && (days[0] - from).num_days() < gap);
        for d in &days {
            prop_assert_eq!(d.weekday(), wd);
            prop_assert!(is_certification_day(&c, *d));
        }
        for w in days.windows(2) {
            prop_assert_eq!((w[1] - w[0]).num_days(), gap);
        }
    }
}

// ---------------------------------------------------------------------
// The page's and Today's words (tally.rs)

#[test]
fn the_tally_counts_against_the_requirement_in_the_reports_language() {
    let ny = preset_rules(Preset::NewYork);
    let week = period_of(nov(4), &ny);
    let acts: Vec<Activity> = (2..=4)
        .map(|d| act(d as u8, ActivityKind::JobFair, nov(d)))
        .collect();
    let rs = rows(&[], &acts, week.0, week.1);
    let p = progress(&rs, &ny, week, false);
    assert_eq!(
        tally(&p, ReportLang::En).as_deref(),
        Some("3 of 3 on 3 different days")
    );
    assert_eq!(
        tally(&p, ReportLang::De).as_deref(),
        Some("3 von 3 an 3 verschiedenen Tagen")
    );
    // Two on one day: the days say why it isn't met yet.
    let same_day = [
        act(1, ActivityKind::JobFair, nov(3)),
        act(2, ActivityKind::Workshop, nov(3)),
    ];
    let p = progress(&rows(&[], &same_day, week.0, week.1), &ny, week, false);
    assert_eq!(
        tally(&p, ReportLang::En).as_deref(),
        Some("2 of 3 on 1 day")
    );

    let de = preset_rules(Preset::Germany);
    let month = period_of(nov(4), &de);
    let apps = [
        app(1, "Acme", "Analyst", Some(nov(3)), Outcome::Rejected),
        app(2, "Beta", "Analyst", Some(nov(9)), Outcome::InProgress),
    ];
    let p = progress(&rows(&apps, &acts, month.0, month.1), &de, month, false);
    assert_eq!(
        tally(&p, ReportLang::De).as_deref(),
        Some("2 von 5 Bewerbungen"),
        "a job fair isn't a Bewerbung"
    );

    let uk = preset_rules(Preset::UkUniversalCredit);
    let mut timed = act(1, ActivityKind::Workshop, nov(3));
    timed.minutes = Some(21 * 60 + 30);
    let uk_week = period_of(nov(4), &uk);
    let p = progress(
        &rows(&[], &[timed], uk_week.0, uk_week.1),
        &uk,
        uk_week,
        false,
    );
    assert_eq!(
        tally(&p, ReportLang::En).as_deref(),
        Some("21.5 of 35 hours")
    );
    assert_eq!(
        tally(&p, ReportLang::De).as_deref(),
        Some("21,5 von 35 Stunden")
    );

    let ca = preset_rules(Preset::California);
    let p = progress(&rs, &ca, period_of(nov(4), &ca), false);
    assert_eq!(tally(&p, ReportLang::En), None, "nothing fixed is asked");
}

#[test]
fn the_report_footer_has_a_headline_for_one_whole_period_only() {
    let ny = preset_rules(Preset::NewYork);
    let week = period_of(nov(4), &ny);
    let acts: Vec<Activity> = (2..=4)
        .map(|d| act(d as u8, ActivityKind::JobFair, nov(d)))
        .collect();
    let rs = rows(&[], &acts, week.0, week.1);
    let f = report_footer(&progress(&rs, &ny, week, false), &ny);
    assert_eq!(
        f.headline.as_deref(),
        Some("3 of 3 on 3 different days — met")
    );
    assert_eq!(
        f.detail,
        "Activities listed: 3. Requirement: 3 activities a week, on different days."
    );
    let short = report_footer(&progress(&rs[..2], &ny, week, false), &ny);
    assert_eq!(
        short.headline.as_deref(),
        Some("2 of 3 on 2 different days")
    );
    // Other dates: the plain facts, never "met".
    let month = (nov(1), nov(30));
    let f = report_footer(&progress(&rs, &ny, month, false), &ny);
    assert_eq!(f.headline, None);
    assert!(f
        .detail
        .ends_with("Counted in these dates: 3 on 3 different days."));
    // German headline and detail.
    let de = preset_rules(Preset::Germany);
    let month = period_of(nov(4), &de);
    let apps: Vec<Application> = (1..=5)
        .map(|n| {
            app(
                n,
                "Acme",
                "Analyst",
                Some(nov(u32::from(n) + 2)),
                Outcome::Rejected,
            )
        })
        .collect();
    let f = report_footer(
        &progress(&rows(&apps, &[], month.0, month.1), &de, month, false),
        &de,
    );
    assert_eq!(f.headline.as_deref(), Some("5 von 5 Bewerbungen — erfüllt"));
    assert_eq!(f.detail, "Aufgeführt: 5. Vorgabe: 5 Bewerbungen pro Monat.");
    // Record only: no headline.
    let ca = preset_rules(Preset::California);
    let f = report_footer(&progress(&rs, &ca, period_of(nov(4), &ca), false), &ca);
    assert_eq!(f.headline, None);
    assert!(f.detail.starts_with("Activities listed: 3."));
}

fn goal(n: u8, rest: &[NaiveDate]) -> rebound::model::goals::Goal {
    let rest: Vec<String> = rest.iter().map(|d| d.to_string()).collect();
    serde_json::from_value(serde_json::json!({
        "meta": { "id": String::from(id(n)), "c": t0().timestamp_millis(), "u": t0().timestamp_millis() },
        "title": format!("Goal {n}"),
        "target": 3,
        "rest_weeks": rest,
    }))
    .unwrap()
}

#[test]
fn a_rest_week_is_one_every_goal_rests() {
    // Weeks by the app's week start (Monday): 2 Nov 2026 starts one.
    let monday = nov(2);
    let both = [goal(1, &[monday]), goal(2, &[monday])];
    assert!(rest_week(&both, nov(5), WeekStart::Monday, Period::Week));
    assert!(
        !rest_week(&both, nov(10), WeekStart::Monday, Period::Week),
        "the next week isn't"
    );
    let one = [goal(1, &[monday]), goal(2, &[])];
    assert!(
        !rest_week(&one, nov(5), WeekStart::Monday, Period::Week),
        "only one goal rests"
    );
    assert!(
        !rest_week(&[], nov(5), WeekStart::Monday, Period::Week),
        "no goals, no rest"
    );
    assert!(
        !rest_week(&both, nov(5), WeekStart::Monday, Period::Month),
        "months don't rest"
    );
    // Sunday weeks start on 1 Nov.
    let sunday = [goal(1, &[nov(1)])];
    assert!(rest_week(&sunday, nov(5), WeekStart::Sunday, Period::Week));
    // A deleted or finished goal doesn't count.
    let mut archived = goal(2, &[]);
    archived.archived = true;
    assert!(rest_week(
        &[goal(1, &[monday]), archived],
        nov(5),
        WeekStart::Monday,
        Period::Week
    ));
}

#[test]
fn export_file_names_carry_the_dates_as_the_report_prints_them() {
    let ny = preset_rules(Preset::NewYork);
    assert_eq!(
        file_name(&ny, nov(8), nov(2), "csv"),
        "rebound-work-search-2026-11-02-to-2026-11-08.csv"
    );
    let de = preset_rules(Preset::Germany);
    assert_eq!(
        file_name(&de, nov(1), nov(30), "csv"),
        "rebound-eigenbemuehungen-01.11.2026-bis-30.11.2026.csv"
    );
}

#[test]
fn time_spent_reads_hours_and_minutes_as_typed() {
    assert_eq!(join_minutes("", ""), None);
    assert_eq!(join_minutes("0", "0"), None);
    assert_eq!(join_minutes("2", ""), Some(120));
    assert_eq!(join_minutes("", "45"), Some(45));
    assert_eq!(join_minutes("1", "30"), Some(90));
    assert_eq!(join_minutes("1.5", ""), Some(90));
    assert_eq!(join_minutes("1,5", "10"), Some(100));
    assert_eq!(join_minutes(".5", ""), Some(30));
    assert_eq!(join_minutes(" 3 ", " 5 "), Some(185));
    assert_eq!(join_minutes("lots", "x"), None, "nonsense is no time");
    assert_eq!(join_minutes("1.5h", ""), None);
    assert_eq!(join_minutes("99", ""), Some(MAX_MINUTES), "capped at a day");
    assert_eq!(split_minutes(Some(90)), (Some(1), Some(30)));
    assert_eq!(split_minutes(Some(120)), (Some(2), None));
    assert_eq!(split_minutes(Some(45)), (None, Some(45)));
    assert_eq!(split_minutes(None), (None, None));
    for m in [1, 59, 60, 61, 125, MAX_MINUTES] {
        let (h, mm) = split_minutes(Some(m));
        let back = join_minutes(
            &h.map(|h| h.to_string()).unwrap_or_default(),
            &mm.map(|m| m.to_string()).unwrap_or_default(),
        );
        assert_eq!(back, Some(m), "{m} round-trips through the form");
    }
    assert_eq!(time_text(90, ReportLang::En), "1 h 30 min");
    assert_eq!(time_text(45, ReportLang::De), "45 Min.");
}

#[test]
fn a_deleted_activity_comes_back_with_undo() {
    use rebound::model::data::AppData;
    use rebound::model::undo::{apply, Undo};
    let mut d = AppData::default();
    let mut a = act(1, ActivityKind::Networking, nov(3));
    a.result = "Met two hiring managers".into();
    d.activities.push(a.clone());
    let removed = tombstone(&mut d.activities, &a.meta.id, t0() + Duration::hours(1)).unwrap();
    assert!(!d.activities[0].meta.is_live());
    assert!(
        d.activities[0].result.is_empty(),
        "the tombstone keeps nothing"
    );
    apply(
        &mut d,
        &Undo::Activity(Box::new(removed)),
        t0() + Duration::hours(2),
        7,
    );
    let back = &d.activities[0];
    assert!(back.meta.is_live());
    assert_eq!(back.result, "Met two hiring managers");
    assert!(
        back.meta.updated_at > t0() + Duration::hours(1),
        "the undo wins merges"
    );
}
