//! German: what an email decides, and its stages.

/// Short common words that tell the language.
#[rustfmt::skip]
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "und", "der", "die", "das", "sie", "ihre", "ihr", "ihnen", "wir", "uns", "nicht", "für", "mit",
    "vielen", "dank", "leider", "bewerbung", "stelle", "grüße", "grüßen", "freundlichen", "einen",
    "eine", "wünschen", "haben", "möchten", "dass", "ist", "bei", "auf", "zu", "gerne", "unsere",
    "unser", "dich", "dir", "deine", "du", "wurde", "werden",
    "ein", "zur", "zum", "um", "im", "von", "auch", "noch", "herr", "frau", "uhr", "können",
    "könnten", "gern", "hallo", "sehr", "geehrte", "geehrter", "liebe", "lieber", "ich", "mich",
    "mir", "wir", "wie", "schon", "würden",
];

/// A decision against the candidate.
#[rustfmt::skip]
pub(super) const REJECTION: &[&str] = &[
    // "Ihr Profil passt derzeit nicht", "die Stelle mit einer ehemaligen Auszubildenden zu besetzen", "mit anderen Teilnehmenden in die Vertragsgespräche gegangen".
    "passt derzeit nicht", "schon vergeben", "die stelle mit einer", "die stelle mit einem", "in die vertragsgespräche gegangen",
    "leider müssen", "müssen wir ihnen leider", "müssen wir dir leider", "müssen ihnen leider",
    "leider mitteilen", "leider nicht", "leider für", "leider keine", "leider gegen",
    "leider eine absage", "leider absagen", "nicht weitergeht", "nicht weiter geht", "uns leider", "leider anders", "anders entschieden",
    "nicht in die engere auswahl", "nicht mehr berücksichtigen", "nicht weiter berücksichtigt",
    "bereits vergeben", "anderweitig vergeben", "eine absage", "nicht weiter im prozess",
    "nicht weiter begleiten", "absage", "nicht berücksichtigen", "nicht weiter berücksichtigen",
    "nicht in die engere wahl", "für einen anderen", "für eine andere", "für andere bewerber",
    "für andere kandidat", "anderen bewerber", "anderen kandidat", "anderweitig besetzt",
    "bereits besetzt", "wurde besetzt", "wurde mit dem bisherigen", "wurde mit einem anderen",
    "wurde mit einer anderen", "suche für diese position abgeschlossen", "damit ist die suche", "nicht weiterverfolgen", "nicht weiter verfolgen",
    "nicht weiter zu verfolgen", "keine positive rückmeldung", "keine positive nachricht",
    "keine zusage", "nicht für sie entschieden", "nicht berücksichtigt", "nicht fortsetzen",
    "nicht fortführen", "nicht weiterführen", "gegen ihre bewerbung", "gegen deine bewerbung",
    "nicht einladen können", "können ihnen keine", "können dir keine", "nicht entsprechen",
    "für eine:n", "für eine*n", "für eine/n", "für eine_n", "andere:n", "andere*n",
    "andere kandidat", "andere bewerber", "anderen person", "nicht fortzusetzen",
    "nicht weiter fortsetzen", "nicht weiterzuführen",
    "gegen sie entschieden", "gegen dich entschieden", "bedauern, ihnen mitteilen",
    "bedauern ihnen mitteilen", "bedauern, dir mitteilen", "bedauerlicherweise",
    "zu unserem bedauern", "nicht zum zuge", "passt leider nicht", "nicht ausgewählt",
    "nicht in die nächste runde", "nicht für die nächste", "keine berücksichtigung",
    "nicht mehr zur verfügung", "nicht weiter zu berücksichtigen", "anderweitig entschieden",
    "intern zu besetzen", "intern besetzen", "intern besetzt", "intern nachbesetzt",
    "anderweitig", "nicht geklappt", "gegen eine zusammenarbeit", "keine zusammenarbeit",
    "für eine andere person", "für einen anderen kandidat", "eine andere wahl",
    "jemand anderen", "jemand anderes", "jemanden anderen",
    // The verb before "nicht": "Leider passt Ihr Profil nicht zu …".
    "leider passt", "leider entspricht", "passt ihr profil nicht", "passt dein profil nicht",
    "entspricht ihr profil nicht", "entspricht dein profil nicht",
    // "Am Ende fiel die Wahl auf einen Bewerber, der …".
    "fiel die wahl auf", "die wahl fiel auf", "keine positivere nachricht",
];

/// Read as a rejection only when nothing invites or offers.
pub(super) const REJECTION_WEAK: &[&str] = &[];

/// Phrases with a rejection cue inside that are no rejection.
#[rustfmt::skip]
pub(super) const NOT_REJECTION: &[&str] = &[
    "absagen", "abzusagen",
    // "Eine gesonderte Absage erhalten Sie in diesem Fall nicht."
    "gesonderte absage", "separate absage",
    // "Leider müssen wir Ihr Gespräch verschieben": the meeting, not you.
    "leider müssen wir ihr gespräch", "leider müssen wir ihr vorstellungsgespräch",
    "leider müssen wir ihren termin", "leider müssen wir ihr für", "leider müssen wir ihren für",
    "leider müssen wir ihr interview", "leider müssen wir den termin", "leider müssen wir das gespräch",
    "leider müssen wir unser gespräch", "leider müssen wir unseren termin",
    "leider müssen wir das interview",
    // "Sie und andere Bewerber lösen gemeinsam eine Fallstudie": others in the same step.
    "und andere bewerber", "und anderen bewerber", "und andere kandidat", "und anderen kandidat",
    "mit anderen bewerber", "mit anderen kandidat",
];

/// An offer, written or spoken.
#[rustfmt::skip]
pub(super) const OFFER: &[&str] = &[
    // "Was ich Ihnen anbieten kann: …", "Als Starttermin hätten wir an den 1. Juni gedacht".
    "was ich ihnen anbieten kann", "was wir ihnen anbieten können", "schicke ich ihnen den vertrag", "als starttermin",
    // Said only by what follows: "Den Vertrag schicken wir Ihnen … zu", "Ihre Probezeit beginnt am …".
    "den vertrag schicken wir", "vertrag schicken wir ihnen", "vertrag schicken wir dir", "ihre probezeit beginnt", "deine probezeit beginnt", "dass es geklappt hat",
    "zusage", "anbieten zu können", "anbieten möchten", "bieten ihnen die stelle",
    "bieten dir die stelle", "arbeitsvertrag", "vertragsangebot", "angebot unterbreiten",
    "ein angebot machen", "freuen uns, ihnen mitteilen zu können, dass wir ihnen",
    "willkommen im team", "die stelle anbieten", "ihnen die stelle", "ein angebot",
    "vertragsunterlagen", "herzlich willkommen an bord",
    "uns für sie entschieden", "uns für dich entschieden", "gehaltsangebot", "einstellungszusage",
    "willkommen an bord", "ihren vertrag", "deinen vertrag",
    "anzubieten", "vertragsentwurf",
    "einstellen", "bei uns anfangen", "bei uns starten",
];

/// Phrases with an offer cue inside that are no offer.
#[rustfmt::skip]
pub(super) const NOT_OFFER: &[&str] = &[
    "stellt kein angebot", "stellen kein angebot", "keine zusage dar",
    "keine zusage", "nicht anbieten", "kein angebot", "leider",
];

/// An invitation to a next step.
#[rustfmt::skip]
pub(super) const INVITE: &[&str] = &[
    // A meeting agreed on the phone, confirmed: "Hiermit bestätige ich Ihnen den vereinbarten Termin".
    "vereinbarten termin", "terminbestätigung", "bestätige ich ihnen den",
    // A plan said as a welcome: "Sie sind herzlich willkommen am Dienstag …".
    "herzlich willkommen am", "sind herzlich willkommen am",
    "laden sie", "laden dich", "laden wir sie", "laden wir dich", "einladen", "einladung",
    "möchten sie gerne persönlich kennenlernen", "möchten sie kennenlernen",
    "möchten dich kennenlernen", "gerne kennenlernen", "persönlich kennenlernen", "würden gerne",
    "termin vorschlagen", "schlagen wir", "terminvorschlag", "bestätigen sie", "bitte bestätigen",
    "telefonisch erreichbar", "erinnern sie", "erinnern dich", "ihr termin", "dein termin",
    "freuen uns auf sie", "freuen uns auf dich", "würden gern", "würden dich gern",
    "würden sie gern", "kennenlerngespräch", "kennenlernen", "hättest du", "hätten sie",
    "passt es ihnen", "passt ihnen", "passt es dir", "passt dir", "würde ihnen", "hätten sie zeit",
    "hättest du zeit", "wann sie", "wann du", "buchen sie", "zeitfenster", "weiter im prozess",
    "kennenzulernen", "terminvorschläge", "haben sie zeit", "hast du zeit", "termin vereinbaren",
    "einen termin", "terminabstimmung", "zeit für ein", "würden uns freuen, sie",
    "würden uns freuen, dich",
];

/// Weaker invitations, ignored after a condition ("if you are selected…").
#[rustfmt::skip]
pub(super) const INVITE_WEAK: &[&str] = &[
    "nächste runde", "nächsten runde", "nächsten schritt", "nächste schritt",
];

/// Words of a condition.
#[rustfmt::skip]
pub(super) const CONDITIONS: &[&str] = &[
    " wenn's ", " wenns ",
    // What follows a condition: "Ihre Bewerbung wird dann automatisch geschlossen".
    " andernfalls", " ansonsten", " wird dann ", " werden dann ",
    " wenn ", " falls ", " sobald ", " sollten ", " sollte ", " solltest ",
    " bei einem positiven ergebnis", " bei positivem ergebnis", " bei einer positiven entscheidung",
    " bei positiver entscheidung", " ohne rückmeldung", " ohne ihre rückmeldung", " ohne antwort",
    // A condition put first, verb first: "Liegt das Zeugnis bis dahin nicht
    // vor, kann Ihre Bewerbung leider nicht berücksichtigt werden."
    " bis dahin nicht", " bis dahin,", " nicht vor,", " nicht fristgerecht", " nicht rechtzeitig",
];

/// "We received your application."
#[rustfmt::skip]
pub(super) const ACK: &[&str] = &[
    "eingang ihrer", "eingang deiner", "eingangsbestätigung", "bestätigen den eingang",
    "bestätigen wir den eingang", "erhalten haben", "ist bei uns eingegangen",
    "sind bei uns eingegangen", "vielen dank für ihre bewerbung",
    "vielen dank für deine bewerbung", "danke für deine bewerbung", "werden ihre unterlagen",
    "werden deine unterlagen", "melden uns", "prüfen",
    "bewerbung ist eingegangen", "unterlagen sind eingegangen", "bewerbung erhalten",
    "bewerbung ist angekommen", "wir melden uns", "prüfen ihre unterlagen",
    "prüfen deine unterlagen",
    "angekommen",
];

/// The final round.
#[rustfmt::skip]
pub(super) const FINAL_ROUND: &[&str] = &[
    "finale runde", "finalen runde", "finalen gesprächsrunde", "finale gesprächsrunde",
    "letzte runde", "letzten runde", "abschlussgespräch", "finalgespräch", "finales gespräch",
    "finalen gespräch", "letzten gespräch", "finalem gespräch", "finale gespräch",
    "letztem gespräch",
];

/// A test, case study or take-home task.
#[rustfmt::skip]
pub(super) const ASSESSMENT: &[&str] = &[
    "fallstudie", "case study", "assessment", "testaufgabe", "probeaufgabe", "aufgabe",
    "online-test", "onlinetest", "eignungstest", "probearbeit", "probetag", "probeschicht", "probearbeiten", "coding challenge", "arbeitsprobe",
    "ihre lösung", "deine lösung",
];

/// An interview (or a meeting as good as one).
#[rustfmt::skip]
pub(super) const INTERVIEW: &[&str] = &[
    "vorstellungsgespräch", "gespräch", "interview", "kennenlernen", "persönlich", "vor ort",
    "zweite runde", "zweiten runde", "nächste runde", "besuch", "zweite gespräch",
    "zweiten gespräch", "zweites gespräch", "persönliche gespräch", "persönlichen gespräch",
    "vorbeizukommen", "vorbeikommen",
];

/// A first call.
#[rustfmt::skip]
pub(super) const SCREENING: &[&str] = &[
    "telefoninterview", "telefonisches interview", "telefonat", "telefonisch", "telefongespräch",
    "videocall", "kennenlerngespräch", "kennenlern-call", "erstgespräch", "kurzes gespräch",
    "kurzen gespräch", "per video", "videotelefonat", "ersten kennenlernen", "erstes kennenlernen",
    "video-call",
    "gespräch mit der personalabteilung", "interview mit der personalabteilung", "hr-interview",
];

/// A stage named right after these is still to come.
#[rustfmt::skip]
pub(super) const FUTURE: &[&str] = &[
    "einladen", "einzuladen", "in die nächste", "zum", "zur", "zu einem", "zu einer",
    "für die nächste", "gerne", "gern",
];
