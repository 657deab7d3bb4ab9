//! German.

mod decide;
mod names;

use super::Table;

pub(super) const TABLE: Table = Table {
    function_words: decide::FUNCTION_WORDS,
    rejection: decide::REJECTION,
    rejection_weak: decide::REJECTION_WEAK,
    not_rejection: decide::NOT_REJECTION,
    offer: decide::OFFER,
    not_offer: decide::NOT_OFFER,
    invite: decide::INVITE,
    invite_weak: decide::INVITE_WEAK,
    conditions: decide::CONDITIONS,
    ack: decide::ACK,
    final_round: decide::FINAL_ROUND,
    assessment: decide::ASSESSMENT,
    interview: decide::INTERVIEW,
    screening: decide::SCREENING,
    future: decide::FUTURE,
    company_cues: names::COMPANY_CUES,
    client_cues: names::CLIENT_CUES,
    role_cues: names::ROLE_CUES,
    role_nouns: names::ROLE_NOUNS,
    role_determiners: names::ROLE_DETERMINERS,
    role_keys: names::ROLE_KEYS,
    role_words: names::ROLE_WORDS,
    role_lowercase: names::ROLE_LOWERCASE,
    role_stops: names::ROLE_STOPS,
    joiners: names::JOINERS,
    greetings: names::GREETINGS,
    sign_offs: names::SIGN_OFFS,
    team_words: names::TEAM_WORDS,
    not_names: names::NOT_NAMES,
    generic: names::GENERIC,
};
