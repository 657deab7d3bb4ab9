//! The log form filled from a reading: the one rule the app uses. A field
//! is filled only when it is empty or was filled from an email before —
//! never over what the person typed — and company and role only when the
//! reader filled them (a suggestion is offered, not filled).

use chrono::NaiveDate;

use super::super::draft::Draft;
use super::super::rejection::Stage;
use super::Reading;

/// The form fields an email can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Company,
    Role,
    Stage,
    Date,
}

/// Fills `draft` from `r` and returns the fields now marked "filled from
/// the email": those filled now, and those filled before that this reading
/// didn't touch. `filled_before` are the fields an earlier paste filled and
/// the person hasn't changed since.
///
/// - company, role: if the field is empty or was filled before;
/// - stage: if still the default (Application) or filled before;
/// - date: if not in the future, and the draft's date is still today or was
///   filled before;
/// - the contact's name from the signer, with the agency ("Name, Agency");
/// - a location cut from the role goes into the notes ("Location: Dublin").
pub fn fill_from_email(
    draft: &mut Draft,
    r: &Reading,
    filled_before: &[Field],
    today: NaiveDate,
) -> Vec<Field> {
    let mut now = Vec::new();
    let ours = |f: Field, current: &str| current.trim().is_empty() || filled_before.contains(&f);
    if let Some(c) = r
        .company
        .as_ref()
        .filter(|_| ours(Field::Company, &draft.company))
    {
        draft.company = c.clone();
        now.push(Field::Company);
    }
    if let Some(role) = r.role.as_ref().filter(|_| ours(Field::Role, &draft.role)) {
        draft.role = role.clone();
        now.push(Field::Role);
    }
    if let Some(stage) = r
        .stage
        .filter(|_| filled_before.contains(&Field::Stage) || draft.stage == Stage::Application)
    {
        draft.stage = stage;
        now.push(Field::Stage);
    }
    if let Some(date) = r.date.filter(|d| *d <= today) {
        if filled_before.contains(&Field::Date) || draft.date.trim() == today.to_string() {
            draft.date = date.to_string();
            now.push(Field::Date);
        }
    }
    let contact = match (&r.signer, &r.agency) {
        (Some(name), Some(agency)) if !name.contains(agency.as_str()) => {
            Some(format!("{name}, {agency}"))
        }
        (Some(name), _) => Some(name.clone()),
        (None, Some(agency)) => Some(agency.clone()),
        (None, None) => None,
    };
    if let Some(c) = contact {
        draft.contact_name = c;
    }
    if let Some(place) = &r.location {
        let line = format!("Location: {place}");
        if !draft.notes.lines().any(|l| l.trim() == line) {
            if !draft.notes.trim().is_empty() {
                draft.notes = draft.notes.trim_end().to_string();
                draft.notes.push('\n');
            }
            draft.notes.push_str(&line);
        }
    }
    for f in filled_before {
        if !now.contains(f) {
            now.push(*f);
        }
    }
    now
}
