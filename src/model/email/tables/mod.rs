//! The reader's words, one table per language: what a rejection, an offer,
//! an invitation and an acknowledgement say; the stages; where a role or a
//! company is named; greetings, sign-offs and team names. All cues are
//! lowercase; names are matched as written. The language is told from the
//! text itself (its commonest short words), never from the app's settings.

use std::collections::HashSet;
use std::sync::OnceLock;

mod de;
mod en;
mod es;
mod fr;
mod pt;

/// The language an email is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Fr,
    /// Brazilian Portuguese.
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Es, Lang::Fr, Lang::Pt];

    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }
}

type Words = &'static [&'static str];

/// Everything the reader knows about one language.
pub(crate) struct Table {
    /// Short common words that tell the language.
    pub function_words: Words,
    pub rejection: Words,
    /// Words that read as a rejection only when nothing invites or offers
    /// ("malheureusement" also starts "we must move the meeting").
    pub rejection_weak: Words,
    /// Phrases with a rejection cue inside that are no rejection ("absagen").
    pub not_rejection: Words,
    pub offer: Words,
    /// Phrases with an offer cue inside that are no offer ("unable to offer").
    pub not_offer: Words,
    /// Invitations to a next step.
    pub invite: Words,
    /// Weaker invitation cues, ignored after "if" in the same sentence
    /// ("we'll contact you if you are selected for the next stage").
    pub invite_weak: Words,
    /// Words of a condition ("if", "wenn", "si", "se").
    pub conditions: Words,
    pub ack: Words,
    pub final_round: Words,
    pub assessment: Words,
    pub interview: Words,
    pub screening: Words,
    /// A stage named just after one of these is still to come
    /// ("invite you to the interview stage").
    pub future: Words,
    /// Cues a company's name follows: "applying to ", "bei der ".
    pub company_cues: &'static [(&'static str, f32)],
    /// A recruiter writing for a client: "my client", "unser Mandant".
    pub client_cues: Words,
    /// Cues a role follows: "position of ", "Stelle als ".
    pub role_cues: &'static [(&'static str, f32)],
    /// Nouns a role comes before: " position", " role".
    pub role_nouns: Words,
    /// Determiners before "<role> position": "the ", "our ".
    pub role_determiners: Words,
    /// "Role:", "Puesto:" at the start of a line.
    pub role_keys: Words,
    /// Word stems of job titles (lowercase): "engineer", "leiter".
    pub role_words: Words,
    /// Titles are often written in lowercase after a cue ("poste de chef de projet").
    pub role_lowercase: bool,
    /// Lowercase words that end a role ("en", "chez", "at").
    pub role_stops: Words,
    /// Lowercase words allowed inside a name ("&", "de", "und").
    pub joiners: Words,
    pub greetings: Words,
    pub sign_offs: Words,
    /// Team and department words around a company's name in a sign-off.
    pub team_words: Words,
    /// Capitalised words that never start or continue a name.
    pub not_names: Words,
    /// Words that make a phrase generic, not a name ("Absage", "Update").
    pub generic: Words,
}

pub(crate) fn table(lang: Lang) -> &'static Table {
    match lang {
        Lang::En => &en::TABLE,
        Lang::De => &de::TABLE,
        Lang::Es => &es::TABLE,
        Lang::Fr => &fr::TABLE,
        Lang::Pt => &pt::TABLE,
    }
}

/// The tables to read an email in `lang` with: its own, then English (job
/// titles and whole phrases in English turn up in every language).
pub(crate) fn tables(lang: Lang) -> Vec<&'static Table> {
    if lang == Lang::En {
        vec![table(Lang::En)]
    } else {
        vec![table(lang), table(Lang::En)]
    }
}

/// The language with the most of its common words among the first words of
/// `text` (lowercase); English when none stands out.
pub(crate) fn detect(low: &str) -> Lang {
    let mut counts = [0usize; 5];
    for word in low
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(600)
    {
        for (i, lang) in Lang::ALL.iter().enumerate() {
            if table(*lang).function_words.contains(&word) {
                counts[i] += 1;
            }
        }
    }
    let (best, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, usize::MAX - i))
        .map(|(i, n)| (i, *n))
        .unwrap_or((0, 0));
    if best != 0 && n > counts[0] && n >= 3 {
        Lang::ALL[best]
    } else {
        Lang::En
    }
}

/// Every language's generic, team and common words, lowercase (built once).
pub(crate) fn generic_words() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::new();
        for lang in Lang::ALL {
            let t = table(lang);
            for list in [t.generic, t.team_words, t.function_words] {
                set.extend(list.iter().map(|w| w.to_string()));
            }
            set.extend(t.not_names.iter().map(|w| w.to_lowercase()));
        }
        set
    })
}

/// Every language's words that start no name, as written (built once).
pub(crate) fn not_name_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        Lang::ALL
            .iter()
            .flat_map(|l| table(*l).not_names.iter().copied())
            .collect()
    })
}

/// Every language's job-title stems (built once).
pub(crate) fn role_word_set() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        Lang::ALL
            .iter()
            .flat_map(|l| table(*l).role_words.iter().copied())
            .collect()
    })
}

/// Legal forms after a company's name, as written (a name may end with
/// several: "GmbH & Co. KG", "S.A. de C.V.").
#[rustfmt::skip]
pub(crate) const LEGAL: &[&str] = &[
    "Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "Ltd", "Limited", "LLP", "plc", "PLC", "Corp.", "Corp",
    "Corporation", "Co.", "Co", "Pty", "GmbH", "gGmbH", "mbH", "AG", "SE", "KG", "KGaA", "OHG",
    "GbR", "UG", "e.V.", "eG", "S.A.", "SA", "S.L.", "SL", "S.L.U.", "SLU", "S.A.U.", "SAU",
    "S.A.S.", "SAS", "SASU", "SARL", "S.à", "r.l.", "EURL", "SCOP", "SpA", "S.p.A.", "S.r.l.",
    "Srl", "B.V.", "BV", "N.V.", "NV", "Ltda.", "Ltda", "S/A", "EIRELI", "ME", "C.V.", "CV", "Oy",
    "AB", "A/S", "ApS", "AS", "(haftungsbeschränkt)",
];

/// Words between legal forms ("GmbH & Co. KG", "S.A. de C.V.").
pub(crate) const LEGAL_JOINERS: &[&str] = &["&", "de", "und"];

/// Words common in organisations' names (any language): a line of them in
/// a signature is an employer, not a person.
#[rustfmt::skip]
pub(crate) const ORG_WORDS: &[&str] = &[
    "group", "labs", "lab", "bank", "media", "studio", "studios", "systems", "health",
    "fintech", "medtech", "edtech", "biotech", "insurtech", "proptech",
    "healthcare", "energy", "foods", "food", "logistics", "consulting", "partners", "solutions",
    "technologies", "technology", "tech", "software", "capital", "insurance", "holdings",
    "industries", "services", "digital", "analytics", "ventures", "university", "college",
    "school", "academy", "institute", "council", "trust", "foundation", "charity", "clinic",
    "clinics", "hospital", "hotels", "hotel", "retail", "pharma", "pharmaceuticals",
    "biosciences", "bio", "robotics", "marine", "mutual", "engineering", "build", "builders",
    "construction", "coffee", "bakery", "kitchen", "restaurant", "games", "finance",
    "financial", "legal", "law", "associates", "agency", "works", "company", "collective",
    "cloud", "data", "ai", "network", "networks", "motors", "airlines", "travel", "outdoor",
    "books", "design", "homes", "care", "veterinary", "stores", "store", "shop", "market",
    "markets", "brewery", "bikes", "fashion", "apparel", "cosmetics", "beauty", "dental",
    "medical", "transport", "freight", "shipping", "estates", "property", "properties",
    "energie", "gruppe", "werke", "stadtwerke", "kanzlei", "versicherung", "versicherungen",
    "medien", "logistik", "pflege", "maschinenbau", "klinik", "kliniken", "klinikum", "verlag",
    "bau", "bäckerei", "genossenschaft", "stiftung", "grupo", "banco", "hoteles", "consultores",
    "tecnología", "tecnologia", "soluciones", "alimentos", "seguros", "laboratorios",
    "cooperativa", "cooperative", "coop", "fundación", "fundação", "estudio", "estúdio",
    "transportes", "construcciones", "groupe", "maison", "atelier", "cabinet", "société",
    "éditions", "editions", "boulangerie", "boulangeries", "conseil", "mobilité", "assurances",
    "banque", "laboratoires", "construtora", "editora", "farmácia", "casa", "indústria",
    "comércio", "serviços", "saúde", "energia", "clínica", "creative", "vets", "housing",
    "gasthof", "gasthaus", "brauerei", "café", "bistro", "pizzeria", "trattoria", "brasserie",
    "cervejaria", "cervecería", "panadería", "padaria", "apotheke", "farmacia", "pharmacie",
    "autohaus", "metzgerei", "konditorei", "consultoria", "consultoría", "asesoría", "gestoría",
    "auditoría", "assessoria", "abogados", "advogados", "asociados", "associados", "despacho",
    "inmobiliaria", "imobiliária", "immobilier", "association", "library", "libraries",
    "museum", "gallery", "theatre", "theater", "zoo", "deli", "diner", "salon", "florist",
    "taberna", "restaurante", "bodega", "hostal", "cafetería", "druckerei", "druckhaus",
    "minera", "mining", "union", "credit", "savings", "bancorp", "society", "hotéis", "hôtels",
    "rede",
];
