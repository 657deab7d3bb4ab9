//! The feedback request that follows a rejection: draft, sent, reply.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Themes a reply can mention; each can become a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Skills,
    Experience,
    Interview,
    Fit,
    Communication,
    Other,
}

/// Where a feedback request stands for one rejection.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackRequest {
    /// The user's hand-edited message, kept until they reset to the template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub sent_on: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub nudged_on: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub reply_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reply: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
}

impl Theme {
    pub const ALL: [Theme; 6] = [
        Theme::Skills,
        Theme::Experience,
        Theme::Interview,
        Theme::Fit,
        Theme::Communication,
        Theme::Other,
    ];

    /// The theme's name, in the language in use.
    pub fn label(self) -> &'static str {
        match self {
            Theme::Skills => crate::t!("Skills"),
            Theme::Experience => crate::t!("Experience"),
            Theme::Interview => crate::t!("Interview"),
            Theme::Fit => crate::t!("Fit"),
            Theme::Communication => crate::t!("Communication"),
            Theme::Other => crate::t!("Other"),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Theme::Skills => "skills",
            Theme::Experience => "experience",
            Theme::Interview => "interview",
            Theme::Fit => "fit",
            Theme::Communication => "communication",
            Theme::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// After this many days without a reply, a request counts as "no reply".
pub const NO_REPLY_DAYS: i64 = 21;

impl FeedbackRequest {
    /// The status on a given day: a request with no answer for three weeks
    /// closes quietly as "no reply" (no blame, nothing to do).
    pub fn status_on(&self, today: NaiveDate) -> &'static str {
        match (self.sent_on, self.reply_on) {
            (Some(sent), None) if (today - sent).num_days() >= NO_REPLY_DAYS => "no reply",
            _ => self.status(),
        }
    }

    /// A short word for lists and the CSV export.
    pub fn status(&self) -> &'static str {
        match (self.sent_on, self.reply_on) {
            (_, Some(_)) => "replied",
            (Some(_), None) => "asked",
            (None, None) if self.draft.is_some() => "draft",
            _ => "",
        }
    }
}
