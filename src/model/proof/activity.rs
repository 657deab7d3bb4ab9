//! Work-search activities besides applications, and the proof details an
//! application can carry.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::clip;
use crate::model::record::{impl_record, Meta};

/// Longest text kept in one field of an activity.
pub const MAX_TEXT_CHARS: usize = 500;
/// Longest "what was done" note.
pub const MAX_NOTES_CHARS: usize = 2000;
/// Time spent on one activity is capped at a day: anything longer is a
/// typo, and would swamp an hours requirement.
pub const MAX_MINUTES: u32 = 24 * 60;

/// What kind of activity it was. Applications are not here: they are
/// logged as applications and feed the report on their own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    JobFair,
    /// A workshop, class or course.
    Workshop,
    /// An appointment at an agency, job centre or career centre.
    AgencyAppointment,
    /// A networking or informational meeting.
    Networking,
    Interview,
    /// A follow-up or an inquiry to an employer.
    FollowUp,
    /// Anything else; also what an unknown kind (from a newer version) reads as.
    #[default]
    #[serde(other)]
    Other,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 7] = [
        ActivityKind::JobFair,
        ActivityKind::Workshop,
        ActivityKind::AgencyAppointment,
        ActivityKind::Networking,
        ActivityKind::Interview,
        ActivityKind::FollowUp,
        ActivityKind::Other,
    ];

    /// The kind's name (English in an English report: [`crate::lang::Text::en`]).
    pub fn text(self) -> crate::lang::Text {
        match self {
            ActivityKind::JobFair => crate::tk!("Job fair"),
            ActivityKind::Workshop => crate::tk!("Workshop or course"),
            ActivityKind::AgencyAppointment => crate::tk!("Agency or career-centre appointment"),
            ActivityKind::Networking => crate::tk!("Networking or informational meeting"),
            ActivityKind::Interview => crate::tk!("Interview"),
            ActivityKind::FollowUp => crate::tk!("Follow-up or inquiry"),
            ActivityKind::Other => crate::tk!("Other"),
        }
    }

    /// The kind's name in the interface's language.
    pub fn label(self) -> &'static str {
        self.text().get()
    }

    pub fn key(self) -> &'static str {
        match self {
            ActivityKind::JobFair => "job_fair",
            ActivityKind::Workshop => "workshop",
            ActivityKind::AgencyAppointment => "agency_appointment",
            ActivityKind::Networking => "networking",
            ActivityKind::Interview => "interview",
            ActivityKind::FollowUp => "follow_up",
            ActivityKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<ActivityKind> {
        ActivityKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// How the contact was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Online,
    Email,
    Phone,
    InPerson,
    Mail,
    /// Anything else; also what an unknown method reads as.
    #[serde(other)]
    Other,
}

impl Method {
    pub const ALL: [Method; 6] = [
        Method::Online,
        Method::Email,
        Method::Phone,
        Method::InPerson,
        Method::Mail,
        Method::Other,
    ];

    /// The method's name (English in an English report: [`crate::lang::Text::en`]).
    pub fn text(self) -> crate::lang::Text {
        match self {
            Method::Online => crate::tk!("Online"),
            Method::Email => crate::tk!("Email"),
            Method::Phone => crate::tk!("Phone"),
            Method::InPerson => crate::tk!("In person"),
            Method::Mail => crate::tk!("Mail"),
            Method::Other => crate::tk!("Other"),
        }
    }

    /// The method's name in the interface's language.
    pub fn label(self) -> &'static str {
        self.text().get()
    }

    pub fn key(self) -> &'static str {
        match self {
            Method::Online => "online",
            Method::Email => "email",
            Method::Phone => "phone",
            Method::InPerson => "in_person",
            Method::Mail => "mail",
            Method::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// One logged work-search activity. A record like the others: merged,
/// backed up, exported; deleting it drops everything but its meta.
///
/// Field names are short: every activity carries them in storage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub meta: Meta,
    #[serde(default)]
    pub kind: ActivityKind,
    #[serde(with = "crate::model::ymd")]
    pub date: NaiveDate,
    /// The employer, agency, school or event organiser.
    #[serde(rename = "org", default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// The position, or a job reference number.
    #[serde(rename = "pos", default, skip_serializing_if = "String::is_empty")]
    pub position: String,
    /// The person contacted: a name or a job title.
    #[serde(rename = "who", default, skip_serializing_if = "String::is_empty")]
    pub contact_name: String,
    /// Phone, email, web address or postal address, as one text.
    #[serde(rename = "reach", default, skip_serializing_if = "String::is_empty")]
    pub contact_details: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<Method>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub result: String,
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// A confirmation number, "email saved", a certificate…
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub proof: String,
    /// What was done, in the person's words (printed: it is part of the record).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl_record!(Activity, |a| Activity::blank(a.meta.clone()));

impl Activity {
    /// An activity with nothing filled in but its identity: what the form
    /// starts from, and what a deleted one keeps. Its date is the day it
    /// was created, so a tombstone holds nothing the person wrote.
    pub fn blank(meta: Meta) -> Activity {
        Activity {
            date: meta.created_at.date_naive(),
            meta,
            kind: ActivityKind::default(),
            organisation: String::new(),
            position: String::new(),
            contact_name: String::new(),
            contact_details: String::new(),
            how: None,
            result: String::new(),
            minutes: None,
            proof: String::new(),
            notes: String::new(),
        }
    }

    /// A new activity of `kind` on `date`.
    pub fn new(meta: Meta, kind: ActivityKind, date: NaiveDate) -> Activity {
        Activity {
            kind,
            date,
            ..Activity::blank(meta)
        }
    }

    /// Trims every text and cuts it to its limit, and caps the time spent:
    /// call before saving what a form (or a file) supplied.
    pub fn clean(&mut self) {
        for text in [
            &mut self.organisation,
            &mut self.position,
            &mut self.contact_name,
            &mut self.contact_details,
            &mut self.result,
            &mut self.proof,
        ] {
            *text = clip(text, MAX_TEXT_CHARS);
        }
        self.notes = clip(&self.notes, MAX_NOTES_CHARS);
        self.minutes = self.minutes.filter(|m| *m > 0).map(|m| m.min(MAX_MINUTES));
    }

    /// The same activity, cleaned.
    pub fn cleaned(mut self) -> Activity {
        self.clean();
        self
    }
}

/// What an application adds to the report beyond its company and role:
/// how to reach them, how it was sent, and the proof kept. Stored on the
/// application (serde default, skipped when empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProofDetails {
    /// The employer's phone, email, web or postal address.
    #[serde(rename = "reach", default, skip_serializing_if = "String::is_empty")]
    pub contact_details: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub proof: String,
    /// Time spent on the application: what an hours requirement (UK
    /// Universal Credit) counts.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
}

impl ProofDetails {
    /// For `skip_serializing_if`: nothing entered.
    pub fn is_empty(&self) -> bool {
        *self == ProofDetails::default()
    }

    /// Trims and cuts the texts and caps the time, like [`Activity::clean`].
    pub fn clean(&mut self) {
        self.contact_details = clip(&self.contact_details, MAX_TEXT_CHARS);
        self.proof = clip(&self.proof, MAX_TEXT_CHARS);
        self.minutes = self.minutes.filter(|m| *m > 0).map(|m| m.min(MAX_MINUTES));
    }
}
