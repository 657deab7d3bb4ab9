//! What a report row is, and what came of an application: the words and
//! the rows both read these.

use super::activity::ActivityKind;
use crate::model::rejection::{Application, Outcome, Stage};

/// What a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    Application,
    Activity(ActivityKind),
}

/// What came of an application, from its outcome and stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Response {
    Awaiting,
    Invited,
    Rejected,
    NoResponse,
    Offer,
    Withdrawn,
}

impl Response {
    /// In progress at an interview stage reads as an invitation: the stage
    /// says one came. Any ending says what it was.
    pub fn of(app: &Application) -> Response {
        match app.outcome {
            Outcome::InProgress if matches!(app.stage, Stage::Interview | Stage::FinalRound) => {
                Response::Invited
            }
            Outcome::InProgress => Response::Awaiting,
            Outcome::Rejected => Response::Rejected,
            Outcome::NoResponse => Response::NoResponse,
            Outcome::Offer => Response::Offer,
            Outcome::Withdrawn => Response::Withdrawn,
        }
    }
}
