//! The log form filled from a reading (`fill_from_email`, the one path the
//! app uses): never over the person's words, re-pastes replace earlier
//! email fills, the agency joins the contact, a location goes to the notes.

use chrono::NaiveDate;
use rebound::model::draft::Draft;
use rebound::model::email::{fill_from_email, read, EmailKind, Field, Reading};
use rebound::model::rejection::{Outcome, Stage};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("a day")
}

fn reading() -> Reading {
    Reading {
        company: Some("Acme".into()),
        role: Some("Data Analyst".into()),
        stage: Some(Stage::Interview),
        kind: EmailKind::Rejection,
        date: NaiveDate::from_ymd_opt(2026, 11, 20),
        signer: Some("Jo Smith".into()),
        ..Reading::default()
    }
}

#[test]
fn a_blank_form_is_filled_and_marked() {
    let mut d = Draft::blank(Outcome::Rejected, today());
    let filled = fill_from_email(&mut d, &reading(), &[], today());
    assert_eq!(
        (d.company.as_str(), d.role.as_str()),
        ("Acme", "Data Analyst")
    );
    assert_eq!(d.stage, Stage::Interview);
    assert_eq!(d.date, "2026-11-20");
    assert_eq!(d.contact_name, "Jo Smith");
    assert_eq!(
        filled,
        vec![Field::Company, Field::Role, Field::Stage, Field::Date]
    );
}

#[test]
fn typed_fields_are_never_overwritten() {
    let mut d = Draft::blank(Outcome::Rejected, today());
    d.company = "My Company".into();
    d.role = "My Role".into();
    d.stage = Stage::Screening;
    d.date = "2026-11-01".into();
    let filled = fill_from_email(&mut d, &reading(), &[], today());
    assert_eq!(
        (d.company.as_str(), d.role.as_str()),
        ("My Company", "My Role")
    );
    assert_eq!(d.stage, Stage::Screening);
    assert_eq!(d.date, "2026-11-01");
    assert!(filled.is_empty());
}

#[test]
fn a_repaste_replaces_what_an_earlier_email_filled() {
    let mut d = Draft::blank(Outcome::Rejected, today());
    let before = fill_from_email(&mut d, &reading(), &[], today());
    let mut second = reading();
    second.company = Some("Globex".into());
    second.role = None;
    second.stage = Some(Stage::FinalRound);
    second.date = NaiveDate::from_ymd_opt(2026, 11, 22);
    let filled = fill_from_email(&mut d, &second, &before, today());
    assert_eq!(d.company, "Globex");
    assert_eq!(d.stage, Stage::FinalRound);
    assert_eq!(d.date, "2026-11-22");
    // The role wasn't found this time: it keeps the earlier fill and its mark.
    assert_eq!(d.role, "Data Analyst");
    assert!(filled.contains(&Field::Role));
    assert_eq!(filled.len(), 4);
}

#[test]
fn suggestions_alone_fill_nothing() {
    let mut d = Draft::blank(Outcome::Rejected, today());
    let r = read(
        "Your application",
        "Thanks for your interest in Harlow Digital. We have decided not to proceed.\n\nKind regards,\nJo\nFenwick Analytics",
        "",
    );
    assert_eq!(r.company, None);
    assert!(!r.companies.is_empty());
    let filled = fill_from_email(&mut d, &r, &[], today());
    assert_eq!(d.company, "");
    assert!(!filled.contains(&Field::Company));
}

#[test]
fn stage_and_date_follow_their_own_rules() {
    // The stage only over the default; the date never in the future, and
    // only over today's date.
    let mut d = Draft::blank(Outcome::Rejected, today());
    d.stage = Stage::Assessment;
    let mut r = reading();
    r.date = NaiveDate::from_ymd_opt(2027, 1, 1);
    let filled = fill_from_email(&mut d, &r, &[], today());
    assert_eq!(d.stage, Stage::Assessment);
    assert_eq!(d.date, today().to_string());
    assert!(!filled.contains(&Field::Stage) && !filled.contains(&Field::Date));
    // Filled before: replaced.
    let filled = fill_from_email(&mut d, &reading(), &[Field::Stage], today());
    assert_eq!(d.stage, Stage::Interview);
    assert!(filled.contains(&Field::Stage));
}

#[test]
fn the_agency_joins_the_contact_and_the_location_the_notes() {
    let mut d = Draft::blank(Outcome::Rejected, today());
    d.notes = "Applied through a friend.".into();
    let mut r = reading();
    r.agency = Some("Apex Talent Partners".into());
    r.location = Some("Dublin".into());
    fill_from_email(&mut d, &r, &[], today());
    assert_eq!(d.contact_name, "Jo Smith, Apex Talent Partners");
    assert_eq!(d.notes, "Applied through a friend.\nLocation: Dublin");
    // Pasting again doesn't add the line twice.
    fill_from_email(&mut d, &r, &[], today());
    assert_eq!(d.notes.matches("Location: Dublin").count(), 1);
    // The agency alone when no one signed.
    r.signer = None;
    fill_from_email(&mut d, &r, &[], today());
    assert_eq!(d.contact_name, "Apex Talent Partners");
}

#[test]
fn a_reading_becomes_a_draft_for_the_form() {
    let r = read(
        "Your interview",
        "Thank you for interviewing for the Data Analyst role at Acme.\nWe have decided not to move forward.\n\nBest regards,\nJo Smith",
        "",
    );
    let d = r.to_draft(today());
    assert_eq!(
        (d.company.as_str(), d.role.as_str()),
        ("Acme", "Data Analyst")
    );
    assert_eq!(d.stage, Stage::Interview);
    assert_eq!(d.outcome, Outcome::Rejected);
    assert_eq!(d.contact_name, "Jo Smith");
    assert_eq!(d.date, "2026-11-26");
    assert_eq!(
        read("", "We would like to invite you to an interview.", "")
            .to_draft(today())
            .outcome,
        Outcome::InProgress
    );
    assert_eq!(
        read("", "We are pleased to offer you the job.", "")
            .to_draft(today())
            .outcome,
        Outcome::Offer
    );
    let mut r = read("", "", "");
    r.date = NaiveDate::from_ymd_opt(2027, 1, 1);
    assert_eq!(r.to_draft(today()).date, "2026-11-26");
}
