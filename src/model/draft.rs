//! What the log form edits, and how it becomes an application: trimming,
//! the date's meaning (applied for one in progress, heard otherwise) and
//! starting the recovery plan. The day is passed in, so every rule here is
//! tested natively; an email read by [`super::email`] becomes a draft too.

use chrono::{DateTime, NaiveDate, Utc};

use super::record::{Id, Meta};
use super::recovery::TemplateStep;
use super::rejection::{Application, Arrival, Outcome, Reason, Stage};
use super::time::parse_date;

/// The log form's fields; turned into an [`Application`] on save.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub company: String,
    pub role: String,
    pub stage: Stage,
    /// As typed in the date field (`YYYY-MM-DD`).
    pub date: String,
    pub outcome: Outcome,
    pub arrived_via: Option<Arrival>,
    pub notes: String,
    pub reasons: Vec<Reason>,
    /// Who wrote to the person (read from an email's signature): the
    /// composer proposes it as the recipient's name.
    pub contact_name: String,
}

impl Draft {
    /// An empty form dated `today`.
    pub fn blank(outcome: Outcome, today: NaiveDate) -> Draft {
        Draft {
            company: String::new(),
            role: String::new(),
            stage: Stage::Application,
            date: today.to_string(),
            outcome,
            arrived_via: None,
            notes: String::new(),
            reasons: Vec::new(),
            contact_name: String::new(),
        }
    }

    /// The form for editing an existing record.
    pub fn from_app(a: &Application) -> Draft {
        let date = if a.outcome == Outcome::InProgress {
            a.applied_on
        } else {
            a.closed_on
        };
        Draft {
            company: a.company.clone(),
            role: a.role.clone(),
            stage: a.stage,
            date: date.map(|d| d.to_string()).unwrap_or_default(),
            outcome: a.outcome,
            arrived_via: a.arrived_via,
            notes: a.notes.clone(),
            reasons: a.reasons.clone(),
            contact_name: a.contact.name.clone(),
        }
    }

    /// Copies the draft into `a`. An application becoming a rejection gets
    /// its plan and pause here.
    pub fn apply_to(&self, a: &mut Application, template: &[TemplateStep], today: NaiveDate) {
        let date = parse_date(&self.date);
        a.company = self.company.trim().to_string();
        a.role = self.role.trim().to_string();
        a.stage = self.stage;
        a.arrived_via = self.arrived_via;
        a.notes = self.notes.trim().to_string();
        a.reasons = self.reasons.clone();
        a.outcome = self.outcome;
        if a.contact.name.is_empty() {
            a.contact.name = self.contact_name.trim().to_string();
        }
        if self.outcome == Outcome::InProgress {
            a.applied_on = date;
        } else {
            a.closed_on = date.or(a.closed_on).or(Some(today));
        }
        a.start_recovery(template, today);
    }

    /// A new application from the draft.
    pub fn into_new(
        &self,
        id: Id,
        now: DateTime<Utc>,
        template: &[TemplateStep],
        today: NaiveDate,
    ) -> Application {
        let mut a = Application::blank(Meta::new(id, now));
        self.apply_to(&mut a, template, today);
        a
    }
}
