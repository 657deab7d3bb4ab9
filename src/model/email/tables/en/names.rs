//! English: where names are, and words that are none.

/// Cues a company's name follows, with their weight.
#[rustfmt::skip]
pub(super) const COMPANY_CUES: &[(&str, f32)] = &[
    ("posted by ", 3.0), ("@ ", 2.5), ("published by ", 3.0), ("items were sent to ", 3.0),
    ("run talent for ", 3.0), ("lead talent for ", 3.0), ("lead talent at ", 3.0),
    ("recruiter for ", 3.0), ("talent partner at ", 3.0), ("talent partner for ", 3.0),
    ("my client, ", 4.0), ("my client ", 3.0), ("our client, ", 4.0), ("our client ", 3.0),
    ("client, ", 3.0), ("hiring manager at ", 3.5), ("hiring manager from ", 3.0),
    ("a recruiter at ", 3.0), ("recruiter here at ", 3.0), ("i recruit for ", 3.0),
    ("hiring team at ", 3.0), ("the team at ", 3.0), ("interest in joining ", 3.0),
    ("interest in working at ", 3.0), ("interest in working for ", 3.0),
    ("interest in working with ", 3.0), ("interest in a career at ", 3.0),
    ("interest in a career with ", 3.0), ("interest in ", 3.0), ("applying to ", 3.0),
    ("applying at ", 3.0), ("applying with ", 3.0), ("application to ", 3.0),
    ("application at ", 3.0), ("application with ", 3.0), ("applied to ", 3.0),
    ("applied at ", 3.0), ("applied with ", 3.0), ("position at ", 3.0), ("role at ", 3.0),
    ("roles at ", 3.0), ("job at ", 3.0), ("jobs at ", 3.0), ("opening at ", 3.0),
    ("openings at ", 3.0), ("vacancy at ", 3.0), ("vacancies at ", 3.0), ("opportunity at ", 3.0),
    ("opportunities at ", 3.0), ("career at ", 3.0), ("careers at ", 3.0), ("here at ", 3.0),
    ("team at ", 3.0), ("everyone at ", 3.0), ("all of us at ", 3.0), ("us at ", 2.5),
    ("to join ", 3.0), ("you join ", 3.0), ("join ", 2.5), ("the employer ", 3.0),
    ("the company ", 2.5), ("joining ", 2.5), ("interviewing with ", 2.5),
    ("interviewing at ", 3.0), ("interview at ", 2.5), ("considering ", 2.5),
    ("position with ", 3.0), ("role with ", 3.0), ("opportunity with ", 3.0),
    ("opportunities with ", 3.0), ("career with ", 3.0), ("employment with ", 3.0),
    ("offer from ", 3.0), ("working at ", 3.0), ("working for ", 2.5), ("work at ", 2.5),
    ("work for ", 2.5), ("update from ", 2.0), ("message from ", 2.0), ("news from ", 2.0),
    ("on behalf of ", 3.0), ("next steps with ", 2.5), ("final round with ", 2.5),
    ("next round with ", 2.5), ("next stage with ", 2.5), ("manager at ", 3.0),
    ("interview with ", 1.5), ("folks at ", 2.5), ("people at ", 2.0), ("scheme at ", 3.0),
    ("programme at ", 3.0), ("program at ", 3.0), ("internship at ", 3.0),
    ("off the phone with ", 2.5), ("on the phone with ", 2.0), ("heard back from ", 2.5),
    ("feedback from ", 2.0), ("spoken to ", 1.5), ("spoken with ", 1.5),
    ("application has been sent to ", 3.0), ("application was sent to ", 3.0),
    // An owner writing: "I run Kiln Street Coffee with my sister".
    // (Not "we run", "owner of": "we run Kubernetes", "product owner of
    // Salesforce integrations".)
    ("i run ", 3.0), ("founder of ", 3.0), ("co-founder of ", 3.0),
];

/// A recruiter writing for a client.
#[rustfmt::skip]
pub(super) const CLIENT_CUES: &[&str] = &[
    "my client", "our client ", "our client,", "our client.", "our client's", "one of our clients",
    "the client", "i'm recruiting for", "i am recruiting for", "client,", "on behalf of", "hiring manager at",
    "hiring manager from", "recruitment agency", "search firm", "executive search",
    "the employer has", "the employer ",
    "client of ours", "confidential search", "employment agency", "partnering with a client", "retained search",
];

/// Cues a role follows, with their weight.
#[rustfmt::skip]
pub(super) const ROLE_CUES: &[(&str, f32)] = &[
    ("application as ", 3.0), ("applying as ", 2.5), ("applied as ", 2.5), ("apply as ", 2.5),
    ("the role ", 2.0), ("the position ", 2.0), ("the vacancy ", 2.0), ("position of ", 3.0), ("role of ", 3.0), ("post of ", 3.0), ("application for the ", 2.5),
    ("application for ", 2.0), ("applying for the ", 2.5), ("applying for ", 2.0),
    ("applied for the ", 2.5), ("applied for ", 2.0), ("interview for the ", 2.5),
    ("interview for ", 2.0), ("interviewing for the ", 2.5), ("interviewing for ", 2.0),
    ("consideration for the ", 2.5), ("candidacy for the ", 2.5), ("process for the ", 2.0),
    ("offer you the ", 2.0), ("as our new ", 2.5), ("as our next ", 2.5), ("as our ", 2.0),
    ("as a ", 2.0), ("as an ", 2.0), ("for the ", 1.0), ("position as ", 3.0),
    ("join us as ", 2.5), ("joining us as ", 2.5), ("join the team as ", 2.5),
    ("join our team as ", 2.5),
    ("role as ", 3.0), ("post as ", 3.0), ("vacancy as ", 3.0), ("job as ", 2.5),
    ("applying to be a ", 3.0), ("applying to be an ", 3.0), ("apply to be a ", 2.5),
    ("to be a ", 2.0), ("to be an ", 2.0), ("to be our ", 2.0),
    ("applying to ", 1.5), ("applied to ", 1.5), ("application to ", 1.5),
    ("job requisition ", 2.5), ("requisition ", 2.0),
];

/// Nouns a role comes before ("the … position").
#[rustfmt::skip]
pub(super) const ROLE_NOUNS: &[&str] = &[
    " position", " role", " opening", " vacancy", " job", " post", " scheme", " programme",
    " program", " opportunity", " internship", " req", " gig", " offer",
];

/// Words before "<role> position".
pub(super) const ROLE_DETERMINERS: &[&str] =
    &["the ", "our ", "this ", "your ", "that ", "an ", "a "];

/// "Role:" at the start of a line.
#[rustfmt::skip]
pub(super) const ROLE_KEYS: &[&str] = &[
    "role:", "position:", "job title:", "job:", "vacancy:", "title:", "position title:",
    "job role:", "opening:", "job opening:", "post:", "post title:", "vacancy title:",
    "position applied for:", "role applied for:",
    "requisition:", "job requisition:",
];

/// Job titles' word stems (lowercase).
#[rustfmt::skip]
pub(super) const ROLE_WORDS: &[&str] = &[
    "engineer", "developer", "designer", "manager", "analyst", "scientist", "lead", "director",
    "specialist", "consultant", "coordinator", "associate", "officer", "administrator",
    "architect", "writer", "editor", "researcher", "intern", "assistant", "head", "representative",
    "executive", "accountant", "teacher", "nurse", "marketer", "strategist", "producer",
    "technician", "advisor", "adviser", "recruiter", "planner", "programmer", "tester", "owner",
    "copywriter", "illustrator", "trainee", "graduate", "apprentice", "controller", "economist",
    "pharmacist", "lawyer", "paralegal", "chef", "supervisor", "operative", "underwriter", "buyer",
    "bookkeeper", "clerk", "cashier", "driver", "operator", "agent", "worker", "dietitian",
    "therapist", "physician", "surgeon", "dentist", "marketing", "partner", "vp", "cto", "cfo",
    "ceo", "coo", "president", "principal", "fellow", "instructor", "tutor", "lecturer",
    "professor", "librarian", "receptionist", "secretary", "mechanic", "electrician", "inspector",
    "auditor", "actuary", "attorney", "counsel", "solicitor", "sre", "devops", "qa", "ux", "ui",
    "sales", "support", "success", "operations", "founder", "cofounder", "chair", "md", "gm",
    "hiring manager", "barista", "waiter", "waitress", "bartender", "cleaner", "carer",
    "caregiver", "courier", "stylist", "hairdresser", "paramedic", "midwife", "surveyor",
    "estimator", "machinist", "welder", "plumber", "carpenter", "labourer", "laborer", "foreman",
    "dispatcher", "translator", "interpreter", "journalist", "reporter", "photographer",
    "animator", "trainer", "counsellor", "counselor", "psychologist", "nanny", "housekeeper",
    "caretaker", "gardener", "optometrist", "veterinarian", "sommelier", "concierge",
    "lifeguard",
    "merchandiser", "handler", "phlebotomist", "radiographer", "sonographer", "hygienist",
    "optician", "negotiator", "draughtsman", "drafter", "modeller", "modeler", "scaffolder",
    "groundworker", "bricklayer", "roofer", "glazier", "statistician", "epidemiologist",
    "biologist", "geologist", "technologist", "investigator", "generalist", "practitioner",
    "clinician", "registrar", "teller", "picker", "packer", "installer", "steward", "attendant",
    "liaison", "scheduler", "doctor", "sdr", "bdr", "chief", "cutter", "tailor", "seamstress",
    "porter", "artist", "curator", "composer",
];

/// Titles may be written in lowercase after a cue.
pub(super) const ROLE_LOWERCASE: bool = false;

/// Lowercase words that end a role.
#[rustfmt::skip]
pub(super) const ROLE_STOPS: &[&str] = &[
    "at", "with", "in", "for", "on", "and", "but", "is", "was", "has", "that", "which", "who",
    "we", "you", "i", "to", "from", "this", "there", "here",
];

/// Lowercase words allowed inside a name.
#[rustfmt::skip]
pub(super) const JOINERS: &[&str] = &[
    "&", "and", "of", "+", "for", "de", "the",
];

/// Greetings.
#[rustfmt::skip]
pub(super) const GREETINGS: &[&str] = &[
    "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "greetings",
    "hiya",
];

/// Closings.
#[rustfmt::skip]
pub(super) const SIGN_OFFS: &[&str] = &[
    "best regards", "kind regards", "warm regards", "warmest regards", "regards", "best wishes",
    "all the best", "with best wishes", "warm wishes", "with warm wishes", "many thanks",
    "thanks again", "thank you", "thank you again", "sincerely", "yours sincerely",
    "yours faithfully", "yours truly", "respectfully", "best", "cheers", "thanks", "warmly",
    "with thanks", "take care", "speak soon", "talk soon", "best of luck", "good luck",
    "looking forward to it", "looking forward to hearing from you", "congratulations",
];

/// Team and department words around a company's name.
#[rustfmt::skip]
pub(super) const TEAM_WORDS: &[&str] = &[
    "talent acquisition", "talent team", "talent", "recruiting team", "recruitment team",
    "recruiting", "recruitment", "hiring team", "hiring", "people team", "people & culture",
    "people and culture", "people", "careers team", "careers", "early careers",
    "graduate recruitment", "human resources", "hr department", "people department",
    "recruitment department", "department", "dept", "personnel", "people operations", "people ops",
    "talent operations", "hr team", "hr services", "hr", "team", "recruitment services",
    "talent services", "people services",
    "resourcing team", "resourcing", "careers portal", "candidate portal", "jobs portal",
    "talent network", "talent community",
    "jobs", "school office", "head office", "front office", "main office", "hr office",
];

/// Capitalised words that never start or continue a name.
#[rustfmt::skip]
pub(super) const NOT_NAMES: &[&str] = &[
    // A calendar's "Interview @ Thu Nov 13 2pm".
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday",
    "We", "I", "You", "Your", "Our", "The", "This", "That", "Unfortunately", "Thank", "Thanks",
    "Dear", "Hi", "Hello", "Hey", "After", "At", "Please", "Best", "Kind", "Regards", "Position",
    "Role", "Team", "Careers", "Job", "Jobs", "Application", "Applications", "Interview", "Hiring",
    "If", "As", "In", "On", "For", "It", "Sadly", "Regrettably", "While", "Following", "Further",
    "Congratulations", "Great", "Good", "Many", "All", "Sincerely", "Yours", "Re", "Fwd", "FW",
    "Subject", "From", "To", "Date", "Sent", "Cc", "Mr", "Mrs", "Ms", "Dr", "I'm", "I've", "I'll",
    "I'd", "We're", "We've", "We'll", "We'd", "You're", "You've", "You'll", "It's", "That's",
    "Let's",
    // Someone's, not a name: "Their Head of Engineering came back to me".
    // (Not "My", "He", "An": "My Home Care Ltd", the surname "He".)
    "Their", "They", "They're", "They've",
];

/// Words that make a phrase generic, not a name.
#[rustfmt::skip]
pub(super) const GENERIC: &[&str] = &[
    "privacy",
    "update", "updates", "application", "applications", "your", "status", "interview",
    "invitation", "invite", "feedback", "offer", "outcome", "next", "steps", "step", "regarding",
    "re", "fwd", "fw", "thank", "thanks", "candidacy", "decision", "news", "following", "follow",
    "up", "received", "confirmation", "important", "information", "about", "message",
    "notification", "reminder", "schedule", "scheduling", "call", "results", "result",
    "assessment", "centre", "center", "round", "final", "stage", "section", "overnight",
    "newsroom",
    "nights", "hello", "hi", "welcome", "congratulations", "quick",
    "good", "great", "team", "recruiting", "recruitment", "careers", "hiring", "talent", "people",
    "hr", "jobs", "job", "opportunity", "search", "payments", "platform", "growth", "engineering",
    "marketing", "sales", "finance", "operations", "design", "product", "data", "infrastructure",
    "security", "legal", "analytics", "support", "research", "remote", "hybrid", "zoom", "teams",
    "meet", "calendly", "linkedin", "indeed", "glassdoor", "google", "microsoft", "candidate",
    "candidates", "applicant", "position", "role", "vacancy", "opening", "human", "resources",
    "science", "mobile", "backend", "frontend", "web", "cloud", "devops", "sre", "qa", "customer",
    "success", "experience", "ux", "ui", "brand", "content", "communications", "comms",
    "partnerships", "business", "development", "strategy", "accounting", "compliance", "risk",
    "audit", "procurement", "supply", "chain", "manufacturing", "quality", "clinical", "medical",
    "nursing", "editorial", "creative", "leadership", "management", "executive", "founding",
    "core", "panel", "technical", "tech", "it", "office", "admin", "administration", "services",
    "service", "account", "accounts", "payroll", "treasury", "tax", "investor", "relations",
    "public", "policy", "ops", "machine", "learning", "ml", "ai", "hardware", "software",
    "systems", "network", "networks", "solutions", "enterprise", "consumer", "retail",
    "commercial", "digital", "social", "media", "events", "field", "inside", "global", "local",
    "regional", "new", "london", "office", "hq", "headquarters", "internal", "external",
    "selection", "committee", "board", "interviewers", "interviewing", "programme", "program",
    "scheme", "internship", "apprenticeship", "graduate", "graduates", "trainee", "intern",
    "summer", "winter", "spring", "autumn", "fall", "department", "dept", "personnel", "confirmed",
    "invitation", "reschedule", "rescheduled", "rescheduling", "cancelled", "canceled",
    "availability", "chat", "meeting", "conversation", "screen", "screening", "phone", "video",
    "onsite", "second", "first", "third", "thank-you", "regret", "unsuccessful", "successful",
    "status", "sorry", "fyi", "early", "campus", "portal", "contract", "permanent", "temporary",
    "full-time", "part-time", "freelance", "newsletter", "edition", "digest", "alert", "alerts",
    "shortlisted", "shortlist", "shortlisting",
    "ref", "reference", "req", "requisition", "id", "no", "number",
    "employment", "letter", "of", "case", "study", "exercise", "take-home",
    "resume", "résumé", "cv",
    // A bank's or a broker's regulatory line, as a whole.
    "member fdic", "member sipc", "member ncua", "member finra", "equal housing lender",
];
