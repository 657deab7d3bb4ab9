//! The composer's two choices: what the message is for, and its tone.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Brief,
    Warm,
}

/// What the message is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// Thanks, plus a request for feedback.
    #[default]
    Feedback,
    /// Thanks and keep in touch, no request.
    ThankYou,
    /// One polite follow-up after a week of silence.
    Nudge,
}
