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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nudged_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reply: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
}

impl FeedbackRequest {
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
