//! English: what an email decides, and its stages.

/// Short common words that tell the language.
#[rustfmt::skip]
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "you", "your", "we", "our", "for", "with", "to", "of", "thank", "thanks", "have",
    "will", "not", "this", "that", "are", "is", "be", "at", "unfortunately", "regards", "would",
    "like", "after", "been", "it",
];

/// A decision against the candidate.
#[rustfmt::skip]
pub(super) const REJECTION: &[&str] = &[
    // A portal's "updated to: Position Filled"; "so the role's filled"; "extend the offer to the other finalist"; "no further action will be taken on your submission".
    "updated to: position filled", "changed to: position filled", "status: position filled", "the role's filled", "the position's filled", "the job's filled", "offer to the other finalist", "the offer to the other", "no longer accepting candidates", "no further action will be taken on your",
    // The job gone to someone else: "the post has been offered to that candidate", "we've extended the position to someone … and they've accepted".
    "offered to that candidate", "offered to another applicant", "offered to another candidate", "another applicant's experience", "extended the position to", "extended the role to", "extended the offer to someone", "and they've accepted", "and they have accepted",
    // A job closed with the person still in it: "the role has now been
    // closed", "there isn't a vacancy to fill any more"; a portal's
    // status, "Not selected".
    "role has been closed", "role has now been closed", "position has been closed",
    "position has now been closed", "vacancy has been closed", "isn't a vacancy",
    "no longer a vacancy", "to \"not selected\"", "as \"not selected\"",
    "status to not selected", "marked as not selected",
    // The outcome in the subject alone: "Application outcome: … – Unsuccessful".
    "– unsuccessful", "- unsuccessful", ": unsuccessful",
    "not be moving forward", "not moving forward", "won't be moving forward",
    "not be moving ahead", "won't be moving ahead", "not moving ahead", "not to move forward",
    "not to move ahead", "decided not to move", "not to proceed", "not be proceeding",
    "not to consider your profile further", "not to consider your application further",
    "status: not selected", "decided to keep looking", "keep looking rather than",
    "going to stop here with your application", "stop here with your application",
    "not consider your application further", "not be considering your application further",
    "not proceed with your", "not be progressing", "won't be progressing", "not progressing your",
    "not to progress", "not progress your", "unable to progress", "not able to progress",
    "not be able to progress", "not take your application", "not to take your application",
    "not be taking your application", "not taking your application", "not be taking it further",
    "not taking it further", "not take it further", "not to take things further",
    "not take things further", "not be taking things further", "move forward with other",
    "move forward with another", "move forward with candidates", "moving forward with other",
    "moving forward with another", "proceed with other", "proceed with another",
    "proceeding with other", "proceeding with another", "continue with other candidates",
    "pursue other candidates", "pursuing other candidates", "pursue candidates",
    "prioritise candidates", "prioritize candidates", "go with another candidate",
    "gone with another candidate", "going with another candidate", "go with someone",
    "gone with someone", "going with someone", "decided to go with another",
    "decided to go with a", "decided to go with someone", "go with a candidate",
    "gone with a candidate", "going with a candidate", "go with a different",
    "gone with a different", "proceed with a different", "move forward with a different",
    "hired another", "hired someone", "filled internally", "offered the role to",
    "offered the position to", "selected other candidates", "selected another candidate",
    "chosen another candidate", "chose another candidate", "chosen someone",
    "other candidates whose", "another candidate whose", "other applicants whose",
    "offered the role to another", "offered the position to another",
    "offer the position to another", "offer the role to another", "offered the job to another",
    "offer the job to another", "have not been successful", "has not been successful",
    "were not successful", "was not successful", "was unsuccessful", "were unsuccessful",
    "been unsuccessful", "unable to offer you", "not able to offer you", "cannot offer you",
    "can't offer you", "won't be offering you", "will not be offering you", "not be offering you",
    "not in a position to offer", "position has been filled", "role has been filled",
    "position has now been filled", "role has now been filled", "vacancy has been filled",
    "job has been filled", "regret to inform", "regret to let you know", "regret to advise",
    "regret that we", "sorry to let you know", "sorry to tell you", "sorry to inform",
    "no longer under consideration", "no longer being considered", "not been selected",
    "not been shortlisted", "not shortlisted", "not be shortlisted", "not been chosen",
    "not been progressed", "not be inviting you", "won't be inviting you", "not to invite you",
    "unable to invite you", "not the right fit", "not the right match", "not the best fit",
    "not a match for", "not be a fit", "application has been declined", "application was declined",
    "decided to close your application", "not be considered further", "unable to take",
    "not able to take", "cannot take your", "can't take your", "unable to move forward",
    "unable to proceed", "not able to proceed", "unable to consider", "not able to consider",
    "not met the", "not meet the", "did not meet", "didn't meet", "not reached the required",
    "different direction", "go another way", "has been cancelled", "has been canceled",
    "been put on hold", "is on hold", "putting the role on hold", "no longer recruiting",
    "closed the requisition", "requisition has been closed", "has been withdrawn",
    "no longer going ahead", "filled the position", "filled the role", "filled this position",
    "filled this role", "position is filled", "made an offer to", "extended an offer to another",
    "offer to another candidate", "not be pursuing", "won't be pursuing", "not pursuing your",
    "not be considering", "won't be considering", "went another way", "going another way",
    "gone another way", "go in another", "another direction", "decided to pass",
    "going to pass on", "we'll pass on", "not going to move forward",
    "not going to be moving forward", "won't be moving on", "not be moving on", "not selected for",
    "were not selected", "was not selected", "weren't selected", "wasn't selected",
    "not been successful", "isn't a match", "is not a match", "not a fit for", "not be extending",
    "won't be extending", "not extend an offer", "not to extend", "position is now closed",
    "position has been closed", "role has been closed", "no longer hiring", "not be able to offer",
    "not able to move forward", "more closely match", "more closely aligned",
    "not considered further",
    "no longer available", "been offered to another", "another candidate has accepted",
    "candidate has accepted", "decided not to offer", "not to offer you",
    "closed this vacancy", "closed the vacancy", "vacancy has been closed",
    "vacancy is now closed", "vacancy has now closed", "not be making an appointment",
    "not making an appointment", "decided not to appoint", "not be appointing", "not to appoint",
    "sorry to say",
    "going to pass", "we'll pass", "we will pass", "isn't quite what", "not quite what",
    "not what we're looking for", "not what they're looking for", "not exactly what",
    "not good news", "decided not to fill", "not to fill the", "not be filling",
    "won't be filling", "did not achieve", "didn't achieve", "not achieve the", "did not reach",
    "didn't reach", "not the right time", "closed it for now", "closed the role",
    "closed the position", "closed this role",
    "it's a no", "a no this time", "a no from", "not better news", "not the news you",
    "isn't the news", "wasn't the news", "not the update you", "isn't the update",
    "not the outcome you", "wasn't to be", "not to be this time", "filled it", "been filled",
    "we've filled", "have filled", "has filled", "pause recruitment", "paused recruitment",
    "paused the role", "pausing the role", "paused hiring", "pausing hiring",
    "timing isn't right", "timing is not right", "timing wasn't right", "closing the search",
    "closed the search", "not strong enough", "not high enough", "weren't strong enough",
    "wasn't strong enough", "fell below", "below the required", "below the benchmark",
    "below the threshold",
];

/// Read as a rejection only when nothing invites or offers.
pub(super) const REJECTION_WEAK: &[&str] = &[];

/// Phrases with a rejection cue inside that are no rejection.
#[rustfmt::skip]
pub(super) const NOT_REJECTION: &[&str] = &[
    "if you decide not to", "if you'd prefer not to", "if you are not moving forward",
    // A rule for those not shortlisted, in a receipt: "we are not able to give
    // individual feedback to applicants who are not shortlisted".
    "who are not shortlisted",
];

/// An offer, written or spoken.
#[rustfmt::skip]
pub(super) const OFFER: &[&str] = &[
    // "Your contract is attached", "the job's yours if you want it".
    "your contract is attached", "contract is attached", "having you on board", "the job's yours", "the role's yours",
    // Said only by what follows: "get the paperwork moving", "we'd start you on €17.80 an hour", "I'll get a contract drawn up".
    "paperwork moving", "target start:", "sign-on:", "start you on ", "contract drawn up",
    "pleased to offer you", "delighted to offer you", "happy to offer you",
    "thrilled to offer you", "excited to offer you", "like to offer you", "love to offer you",
    "want to offer you", "offer you the", "offer you a position", "offer you a role",
    "offered you the", "offered you a position", "offered you a role", "offered you the job",
    "extend an offer", "extend you an offer", "extending an offer", "extending you an offer",
    "make you an offer", "making you an offer", "made you an offer", "offer of employment",
    "offer letter",
    "formal offer", "written offer", "verbal offer", "confirm our offer", "job offer",
    "pleased to confirm your appointment", "delighted to confirm your appointment",
    "have you join", "with an offer", "an offer for the", "offer for the position",
    "offer for the role", "your offer", "offer details", "have you on board", "welcome aboard",
    "welcome to the team", "the job is yours", "the role is yours", "position is yours",
    "pleased to offer", "delighted to offer", "thrilled to offer", "excited to offer",
    "offer pack", "conditional offer", "unconditional offer", "offer of a place",
    "contract of employment", "employment contract", "accept this offer", "accept the offer",
    "appoint you", "like you to join", "love you to join", "like you to start", "can you start",
    "when can you start", "love to have you as our", "like to have you as our",
    "love for you to join us as", "love you to join us as", "love for you to join the team",
    "love for you to join our team",
    "have you as our new", "love to have you on the team", "love to have you aboard",
    "paperwork going", "get the paperwork started", "can start whenever",
];

/// Phrases with an offer cue inside that are no offer.
#[rustfmt::skip]
pub(super) const NOT_OFFER: &[&str] = &[
    "accepting our offer", "accepted our offer", "acceptance of our offer", "condition of your offer",
    "not constitute an offer", "is not an offer", "isn't an offer", "not an offer of",
    // A receipt's list of the steps: "we'll call you with an offer".
    "we'll call you with an offer", "we will call you with an offer",
    "contact you with an offer",
    "unable to offer", "not able to offer", "cannot offer", "can't offer", "not offer you",
    "won't be offering", "not be offering", "not in a position to offer",
    "offer the position to another", "offered the position to another",
    "offer the role to another", "offered the role to another", "offer the job to another",
    "offered the job to another", "offer you feedback", "offer you some feedback",
    "offer you the chance to", "offer you the opportunity to", "job offers", "your offer of help",
    "no offer", "not with an offer",
];

/// An invitation to a next step.
#[rustfmt::skip]
pub(super) const INVITE: &[&str] = &[
    // A reminder of a step booked: "a quick reminder that your interview … is tomorrow".
    "reminder that your interview", "reminder of your interview", "reminder about your interview", "your interview is tomorrow", "interview is tomorrow",
    "invite you to", "invite you for", "invite you back", "invitation to interview",
    "invitation to an interview", "interview invitation", "like to invite", "pleased to invite",
    "happy to invite", "love to invite", "delighted to invite", "like to schedule",
    "love to schedule", "like to set up", "love to set up", "set up a call", "set up a time",
    "schedule a call", "schedule an interview", "schedule a time", "schedule a chat",
    "arrange a call", "arrange an interview", "arrange a time", "book a time", "book a slot",
    "book a call", "book an interview", "scheduling link", "calendly.com", "your availability",
    "when are you free", "are you free", "are you available", "would you be available",
    "you're free for", "you are free for", "you free for", "you're around for",
    "which works best", "what times work", "times that work", "slots that work",
    "a time that suits", "a time that works", "move you forward", "moving you forward",
    "move on to the next", "selected to move on", "like to move forward with your application",
    "love to speak with you", "like to speak with you", "love to chat", "like to chat",
    "love to meet", "like to meet you", "like to talk", "love to talk", "please complete",
    "like you to complete", "invite you to complete", "confirm your attendance",
    "attend an interview", "attend a panel", "invite you to the final", "been shortlisted for",
    "you have been shortlisted", "you've been shortlisted", "pleased to let you know that you",
    "reminder that your interview", "your interview is", "your interview will",
    "interview is tomorrow", "interview is scheduled", "interview is confirmed",
    "interview confirmed", "interview booked", "interview is booked",
    "interview has been scheduled", "confirm your interview", "look forward to meeting you",
    "looking forward to meeting you", "see you tomorrow", "see you on", "select a time",
    "pick a time", "choose a time", "find a time", "grab a time", "grab a slot", "book in a",
    "book some time", "set up some time", "schedule some time", "schedule time",
    "have been invited to", "you've been invited", "invited you to", "you're invited",
    "love to have you", "bring you in", "bring you back", "have you in for", "have you come in",
    "join us for a", "join us for an", "join us at our office",
    "could you do", "can you do", "would you be free", "let me know what works",
    "let me know which", "let me know when you", "does that work", "would that work",
    "happy to let you know that you", "would you be up for", "are you up for", "up for a chat",
    "fancy a chat", "fancy a coffee", "grab a coffee", "grab coffee", "meet for coffee",
    "open to a chat", "open to a call", "open to a quick", "keen to chat", "keen to meet",
    "works for you", "work for you?", "can you make",
    "like you to come in", "love you to come in", "like you to come", "can you come in",
    "could you come in", "come in for a", "invite you in",
    "are now invited", "you are invited to", "invited to our", "please book your",
    "selected for interview", "been selected for an interview", "book your interview",
    "like to interview you", "love to interview you", "want to interview you",
    "keen to interview you", "shall i confirm",
    "calendar invite", "calendar invitation", "sent you an invite", "sent you a calendar",
    "booked in for", "you're booked", "you are booked", "booked you in", "pencilled you in",
    "penciled you in",
    "which of these", "suits you best", "suit you best", "works best for you",
    "like to get to know", "love to get to know",
    "made it through to", "through to the final", "through to the next", "progressed to the next",
    "moved through to", "you've progressed", "you have progressed", "you've moved to",
];

/// Weaker invitations, ignored after a condition ("if you are selected…").
#[rustfmt::skip]
pub(super) const INVITE_WEAK: &[&str] = &[
    "next round", "next stage", "next step", "the final round", "second interview",
    "to the interview stage", "take-home", "coding challenge", "assessment link",
];

/// Words of a condition.
#[rustfmt::skip]
pub(super) const CONDITIONS: &[&str] = &[
    " in that case", " otherwise ",
    " if ", " should ", " once ", " whether ", " unless ", " in the absence of ", " without a reply", " without a response",
];

/// "We received your application."
#[rustfmt::skip]
pub(super) const ACK: &[&str] = &[
    "received your application", "receipt of your application", "application has been received",
    "application was received", "application has been submitted", "successfully submitted",
    "thank you for applying", "thanks for applying", "thank you for your application",
    "thanks for your application", "we will review your", "we'll review your", "will be reviewing",
    "currently reviewing", "are reviewing your", "review it over", "confirm that your application",
    "this is to confirm", "will be in touch", "get back to you", "we'll contact you",
    "we will contact you", "will contact you if", "will reach out", "hear from us",
    "being reviewed", "for sending your cv", "for sending over your cv", "got your cv",
    "received your cv", "received your resume", "received your résumé",
    "we've got it", "got your application", "has landed", "is with our hiring team",
    "is with the hiring team", "application has been sent", "application was sent",
];

/// The final round.
#[rustfmt::skip]
pub(super) const FINAL_ROUND: &[&str] = &[
    "final round", "final-round", "final interview", "final stage", "final panel", "final meeting",
    "last round", "last interview", "last stage", "final conversation",
    "final step", "last conversation", "last step", "final onsite", "final on-site", "final loop",
];

/// A test, case study or take-home task.
#[rustfmt::skip]
pub(super) const ASSESSMENT: &[&str] = &[
    "assessment", "take-home", "take home", "coding challenge", "coding test", "coding exercise",
    "technical test", "technical exercise", "case study", "case exercise", "exercise",
    "assignment", "hackerrank", "codility", "codesignal", "work sample", "written task",
    "trial shift", "trial day", "work trial", "task you completed", "your submission",
    "your solution", "psychometric", "aptitude test", "online test",
    "working interview", "trial session", "skills test",
    "reasoning test", "personality questionnaire", "numerical reasoning", "verbal reasoning",
    "situational judgement", "the trial", "your trial",
    "practical test", "written test", "your test", "the test you",
];

/// An interview (or a meeting as good as one).
#[rustfmt::skip]
pub(super) const INTERVIEW: &[&str] = &[
    "interview", "panel", "onsite", "on-site", "meet the team", "meeting the team", "meeting with",
    "met with", "meet with", "meeting you", "meet you", "met you", "taking the time to meet",
    "time to meet", "coming in", "come in", "came in", "in person", "in-person", "your time on",
    "visiting us", "visit our office", "speaking with our team", "conversations with the team",
    "second round", "next round", "technical screen", "our conversation", "the conversation",
    "chatting", "having you in", "hosting you",
    "spending time with", "spent time with", "time with the partners",
    "two rounds", "three rounds", "both rounds", "rounds of interview",
];

/// A first call.
#[rustfmt::skip]
pub(super) const SCREENING: &[&str] = &[
    "phone screen", "phone interview", "telephone interview", "video screen", "screening call",
    "screening interview", "screen call", "intro call", "introductory call", "initial call",
    "initial chat", "quick call", "short call", "brief call", "a call to", "schedule a call",
    "on the phone", "phone call", "phone conversation", "call with our recruiter",
    "recruiter call", "our call", "the call", "speak with", "speaking with you", "spoke with you",
    "spoke to you", "speaking to you", "speak to you", "get to know you", "a quick chat",
    "a short chat", "informal chat", "coffee chat", "over coffee", "quick coffee",
    "speaking with me", "speaking to me", "spoke with me", "spoke to me", "chatting with me",
    "talking with me", "minute call", "min call", "video call", "zoom call", "teams call",
    "recruiter conversation", "conversation with our recruiter", "recruiter screen",
    "recruiter chat", "chat on teams", "chat on zoom", "chat over teams", "chat over zoom", "chat on the phone",
    "call on teams", "call on zoom", "chat over video", "chat on video",
    "a coffee", "for coffee", "my call", "taking my call", "a cuppa",
    "hr interview", "hr screen", "hr call", "interview with hr", "call with hr",
];

/// A stage named right after these is still to come.
#[rustfmt::skip]
pub(super) const FUTURE: &[&str] = &[
    "invite you to", "invite you for", "invited to", "inviting you to", "progress you to",
    "progress to", "progressing to", "move forward to", "moving forward to", "move you to",
    "advance to", "proceed to", "to the", "for the next", "shortlisted for", "shortlist for",
    "not be able to", "in the next", "to an", "to a", "place in", "jump on", "hop on",
    "happy to have", "happy to set up",
    "offer you an", "offer you a",
    "selected for", "chosen for", "selected for an",
];
