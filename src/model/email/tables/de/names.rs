//! German: where names are, and words that are none.

/// Cues a company's name follows, with their weight.
#[rustfmt::skip]
pub(super) const COMPANY_CUES: &[(&str, f32)] = &[
    ("veröffentlicht von ", 3.0), ("ausgeschrieben von ", 3.0),
    ("das unternehmen ", 3.0), ("die firma ", 3.0), ("interesse an der ", 3.0),
    ("interesse an den ", 3.0), ("interesse an ", 3.0), ("interesse am ", 3.0),
    ("interesse für ", 3.0), ("bewerbung bei der ", 3.0), ("bewerbung bei ", 3.0),
    ("bewerbung an die ", 3.0), ("bewerbung an ", 2.5), ("bei der ", 2.5), ("bei ", 2.0),
    ("team der ", 2.5), ("team von ", 2.5), ("im namen der ", 2.5), ("im namen von ", 2.5),
    ("mandanten, ", 3.5), ("kunden, ", 3.0), ("kunden, der ", 3.0), ("kunden, die ", 3.0),
    ("mandanten, der ", 3.0), ("mandanten, die ", 3.0),
    // "… unserem Mandanten vorgestellt – es handelt sich um die Tanner GmbH".
    ("handelt es sich um die ", 3.0), ("es handelt sich um die ", 3.0),
];

/// A recruiter writing for a client.
#[rustfmt::skip]
pub(super) const CLIENT_CUES: &[&str] = &[
    "unser kunde", "unseres kunden", "unserem kunden", "unseren kunden", "unser mandant",
    "unseres mandanten", "unseren mandanten",
    "unserem mandanten", "mein kunde", "meines kunden", "meinem kunden", "mandant", "im auftrag",
    "personalberatung", "personalvermittlung", "personaldienstleister",
];

/// Cues a role follows, with their weight.
#[rustfmt::skip]
pub(super) const ROLE_CUES: &[(&str, f32)] = &[
    ("bewerbung als ", 3.0), ("einstieg als ", 3.0),
    // A subject's "Bewerbung Tischlergeselle", no "als".
    ("bewerbung ", 1.5),
    ("traineeprogramm ", 2.5), ("trainee-programm ", 2.5), ("bewerbung auf die stelle als ", 3.0),
    ("bewerbung auf die stelle ", 3.0), ("bewerbung auf die position ", 3.0),
    ("bewerbung für die stelle als ", 3.0), ("bewerbung für die stelle ", 3.0),
    ("bewerbung für die position als ", 3.0), ("bewerbung für die position ", 3.0),
    ("bewerbung für ", 2.0), ("stelle als ", 3.0), ("position als ", 3.0), ("position des ", 2.5),
    ("position der ", 2.5), ("position ", 2.0), ("stelle ", 1.5), ("tätigkeit als ", 2.5),
    ("job als ", 2.5), ("ausbildung zum ", 2.5), ("ausbildung zur ", 2.5), ("als ", 2.0),
    ("stellenausschreibung ", 3.0), ("stellenanzeige ", 3.0), ("ausschreibung ", 2.5),
    ("ausgeschriebene position ", 3.0), ("ausgeschriebenen position ", 3.0),
    ("ausgeschriebene stelle ", 3.0), ("ausgeschriebenen stelle ", 3.0),
    ("stellenangebot ", 2.5),
];

/// Nouns a role comes before ("the … position").
pub(super) const ROLE_NOUNS: &[&str] = &[];

/// Words before "<role> position".
pub(super) const ROLE_DETERMINERS: &[&str] = &[];

/// "Role:" at the start of a line.
#[rustfmt::skip]
pub(super) const ROLE_KEYS: &[&str] = &[
    "stelle:", "position:", "stellenbezeichnung:", "jobtitel:", "job:",
];

/// Job titles' word stems (lowercase).
#[rustfmt::skip]
pub(super) const ROLE_WORDS: &[&str] = &[
    "entwickler", "ingenieur", "berater", "leiter", "referent", "sachbearbeiter", "kaufmann",
    "kauffrau", "fachkraft", "disponent", "techniker", "elektroniker", "mechatroniker",
    "mitarbeiter", "assistent", "assistenz", "werkstudent", "praktikant", "praktikum",
    "auszubildende", "manager", "controller", "buchhalter", "angestellte", "verkäufer", "erzieher",
    "lehrer", "arzt", "ärztin", "pfleger", "spezialist", "experte", "architekt", "designer",
    "geschäftsführer", "einkäufer", "koordinator", "planer", "redakteur", "betreuer", "monteur",
    "fahrer", "koch", "fachinformatiker", "informatiker", "analyst", "beauftragte", "vertrieb",
    "fachverkäufer", "verkäuferin", "elektriker", "installateur", "schweißer", "tischler", "schreiner", "apotheker", "psychologe", "physiotherapeut", "übersetzer", "journalist", "fotograf", "pilot", "kassierer", "bäcker", "konditor", "lagerist", "lagerleiter", "bauleiter", "kellner", "forscher", "auszubildender",
    "gestalter", "gestalterin", "fachangestellte", "fachangestellter",
    "logistiker", "pflegekraft", "servicekraft", "aushilfe", "helfer", "schlosser", "mechaniker",
    "zerspaner", "gärtner", "reinigungskraft", "pädagoge", "sozialarbeiter", "friseur",
    "kosmetiker", "tierpfleger", "volontär", "lehrling", "azubi", "bürokraft", "handwerker",
    "lackierer", "dachdecker", "maurer", "zimmerer", "fliesenleger", "hebamme", "fachwirt",
    "betriebswirt", "steuerberater", "wirtschaftsprüfer", "consultant", "leitung",
    "geselle", "gesellin", "trainee", "sachbearbeitung", "barista",
];

/// Titles may be written in lowercase after a cue.
pub(super) const ROLE_LOWERCASE: bool = false;

/// Lowercase words that end a role.
#[rustfmt::skip]
pub(super) const ROLE_STOPS: &[&str] = &[
    "bei", "in", "an", "am", "im", "und", "mit", "zum", "zur", "für", "ab", "auf", "sowie",
    "erhalten", "ist",
];

/// Lowercase words allowed inside a name.
#[rustfmt::skip]
pub(super) const JOINERS: &[&str] = &[
    "&", "und", "von", "der", "für", "de", "+",
];

/// Greetings.
#[rustfmt::skip]
pub(super) const GREETINGS: &[&str] = &[
    "hallo", "guten tag", "sehr geehrte", "sehr geehrter", "sehr geehrte damen und herren",
    "liebe", "lieber", "moin", "servus", "hey", "hi",
];

/// Closings.
#[rustfmt::skip]
pub(super) const SIGN_OFFS: &[&str] = &[
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
    "freundliche grüsse", "viele grüße", "viele grüsse", "beste grüße", "beste grüsse",
    "herzliche grüße", "herzliche grüsse", "liebe grüße", "liebe grüsse", "schöne grüße",
    "mit besten grüßen", "mit herzlichen grüßen", "mit freundlichem gruß", "gruß", "grüße", "mfg",
    "lg", "vg", "danke", "vielen dank",
];

/// Team and department words around a company's name.
#[rustfmt::skip]
pub(super) const TEAM_WORDS: &[&str] = &[
    "recruiting-team", "recruitingteam", "recruiting team", "recruiting", "personalabteilung",
    "personalteam", "personal-team", "personalwesen", "personalleitung", "personalmanagement",
    "personalentwicklung", "human resources", "personal", "talent acquisition team",
    "talent acquisition", "hr-team", "hr team", "hr", "team", "bewerbermanagement", "karriere",
    "ihr", "ihre", "dein", "euer", "fachbereich personal", "fachbereich", "abteilung", "sachgebiet",
];

/// Capitalised words that never start or continue a name.
#[rustfmt::skip]
pub(super) const NOT_NAMES: &[&str] = &[
    "Wir", "Sie", "Ihre", "Ihr", "Ihnen", "Ihrem", "Ihren", "Ihrer", "Deinem", "Deinen", "Deiner",
    "Du", "Dein", "Deine", "Dir", "Dich", "Leider", "Vielen",
    "Dank", "Danke", "Bitte", "Absage", "Zusage", "Bewerbung", "Einladung", "Stelle", "Position",
    "Hallo", "Liebe", "Lieber", "Sehr", "Geehrte", "Geehrter", "Herr", "Frau", "Nach", "Mit",
    "Gerne", "Viele", "Grüße", "Beste", "Freundliche", "Unser", "Unsere", "Diese", "Dieser", "Das",
    "Die", "Der", "Es", "Ich", "Betreff", "Von", "An", "Datum", "Gesendet", "Aw", "Wg",
    "Rückmeldung", "Eingangsbestätigung", "Unterlagen", "Auswahlprozess", "Entscheidung",
    "Vorstellungsgespräch", "Gespräch", "Termin", "Team", "Herzlichen", "Glückwunsch", "Nochmals",
    "Hiermit", "Anbei", "Wie", "Als",
];

/// Words that make a phrase generic, not a name.
#[rustfmt::skip]
pub(super) const GENERIC: &[&str] = &[
    // Nouns a cue like "bei der" meets ("bei der Suche", "bei der Prüfung").
    "suche", "prüfung", "auswahl", "besetzung", "entscheidung", "fragen", "rückfragen",
    // Shifts ("als Lagerhelfer in der Nachtschicht").
    "nachtschicht", "frühschicht", "spätschicht", "wechselschicht", "schicht",
    "gelegenheit", "sichtung", "durchsicht", "bearbeitung", "planung", "umsetzung",
    "datenschutz",
    "absage", "zusage", "bewerbung", "ihre", "deine", "rückmeldung", "einladung", "fallstudie",
    "vorstellungsgespräch", "gespräch", "telefoninterview", "eingangsbestätigung",
    "eingangsbestätigung ihrer bewerbung", "status", "information", "nachricht", "entscheidung",
    "termin", "position", "stelle", "karriere", "personalabteilung", "bewerbungsprozess",
    "auswahlverfahren", "angebot", "vertragsangebot", "gesprächsrunde", "runde", "finale",
    "nächste", "schritte", "kennenlernen", "kennenlerngespräch", "terminbestätigung",
    "terminvorschlag", "zwischenstand", "zwischenbescheid", "bewerbungsgespräch", "rückfrage",
    "nachfrage", "vielen", "dank", "danke", "erinnerung", "bestätigung", "einladung", "zweites",
    "erstes", "telefonat", "aktualisierung", "stand", "ihrer", "deiner", "zum", "zur",
    "festanstellung", "vollzeit", "teilzeit", "befristet", "unbefristet", "abteilung",
    "stellenangebot", "stellenausschreibung", "ausschreibung", "stellenanzeige", "referenz",
    "referenznummer", "kennziffer", "kennung", "nächster", "nächsten", "schritt", "weiterer",
    "weitere", "bewerbungsverfahren", "auswahlprozess",
];
