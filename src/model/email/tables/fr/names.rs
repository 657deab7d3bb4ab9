//! French: where names are, and words that are none.

/// Cues a company's name follows, with their weight.
#[rustfmt::skip]
pub(super) const COMPANY_CUES: &[(&str, f32)] = &[
    ("publiée par ", 3.0), ("publié par ", 3.0),
    ("l'entreprise ", 3.0), ("notre client, ", 4.0), ("mon client, ", 4.0),
    ("client, la société ", 4.5), ("client, l'entreprise ", 4.5), ("client, ", 3.0),
    ("notre client ", 3.0), ("mon client ", 3.0), ("pour le compte de ", 2.5),
    ("l'intérêt que vous portez à ", 3.0), ("l'intérêt que tu portes à ", 3.0),
    ("intérêt pour ", 3.0), ("intérêt porté à ", 3.0), ("candidature chez ", 3.0),
    ("candidature au sein de ", 3.0), ("rejoindre ", 3.0), ("au sein de ", 2.5),
    ("au sein des ", 2.5), ("chez ", 2.5), ("l'équipe ", 2.0), ("de la société ", 3.0),
    ("société ", 2.0),
];

/// A recruiter writing for a client.
#[rustfmt::skip]
pub(super) const CLIENT_CUES: &[&str] = &[
    "notre client", "mon client", "notre cliente", "nos clients", "nos clientes", "du client", "le client", "pour le compte de",
    "cabinet de recrutement", "cabinet de conseil en recrutement", "au nom de", "l'entreprise ",
];

/// Cues a role follows, with their weight.
#[rustfmt::skip]
pub(super) const ROLE_CUES: &[(&str, f32)] = &[
    ("au poste de ", 3.0), ("au poste d'", 3.0), ("poste de ", 3.0), ("poste d'", 3.0),
    ("offre de ", 2.0), ("candidature pour le poste de ", 3.0), ("en tant que ", 2.5),
    ("pour le poste ", 2.5), ("au poste ", 2.5),
    ("offre d'emploi ", 1.5), ("recrutement d'un ", 2.0), ("recrutement d'une ", 2.0),
    ("candidature ", 1.0), ("l'offre ", 2.0), ("l'emploi d'", 3.0), ("l'emploi de ", 3.0), ("emploi d'", 2.5),
    ("emploi de ", 2.5), ("fonction de ", 2.5), ("fonction d'", 2.5),
    ("offre ", 1.5), ("notre offre ", 2.0), ("annonce ", 1.5), ("l'annonce ", 1.5),
];

/// Nouns a role comes before ("the … position").
pub(super) const ROLE_NOUNS: &[&str] = &[];

/// Words before "<role> position".
pub(super) const ROLE_DETERMINERS: &[&str] = &[];

/// "Role:" at the start of a line.
#[rustfmt::skip]
pub(super) const ROLE_KEYS: &[&str] = &[
    "poste :", "poste:", "intitulé du poste :", "intitulé du poste:", "offre :",
];

/// Job titles' word stems (lowercase).
#[rustfmt::skip]
pub(super) const ROLE_WORDS: &[&str] = &[
    "chargé", "chargée", "chef", "responsable", "directeur", "directrice", "ingénieur",
    "ingénieure", "développeur", "développeuse", "technicien", "technicienne", "comptable",
    "assistant", "assistante", "consultant", "consultante", "conseiller", "conseillère",
    "commercial", "commerciale", "gestionnaire", "analyste", "stagiaire", "alternant",
    "alternante", "vendeur", "vendeuse", "infirmier", "infirmière", "juriste", "avocat",
    "designer", "product", "business", "manager", "opérateur", "opératrice", "coordinateur",
    "coordinatrice", "rédacteur", "rédactrice", "acheteur", "acheteuse", "auditeur", "agent",
    "employé", "employée", "serveur", "cuisinier", "boulanger", "chauffeur", "magasinier",
    "conducteur", "mécanicien", "électricien", "plombier", "soudeur", "menuisier", "pharmacien", "médecin", "psychologue", "kinésithérapeute", "éducateur", "traducteur", "journaliste", "photographe", "pilote", "caissier", "caissière", "libraire", "boulanger", "pâtissier", "cuisinier", "serveuse", "préparateur", "préparatrice", "contrôleur", "chercheur", "apprenti",
    "soignant", "soignante", "auxiliaire", "opticien", "opticienne",
    "aide", "ouvrier", "ouvrière", "manutentionnaire", "cariste", "livreur", "livreuse",
    "coiffeur", "coiffeuse", "esthéticienne", "animateur", "animatrice", "formateur",
    "formatrice", "professeur", "enseignant", "enseignante", "surveillant", "hôte", "hôtesse",
    "réceptionniste", "secrétaire", "standardiste", "téléconseiller", "téléconseillère",
    "dessinateur", "dessinatrice", "projeteur", "urbaniste", "architecte", "paysagiste",
    "ergothérapeute", "orthophoniste", "puéricultrice", "vétérinaire", "chirurgien", "dentiste",
    "diététicien", "diététicienne", "commis", "plongeur", "barman", "cadre", "gérant", "gérante",
    "spécialiste", "référent", "référente", "superviseur", "régleur", "usineur", "tourneur",
    "fraiseur", "électrotechnicien", "automaticien", "logisticien", "logisticienne",
    "approvisionneur", "planificateur", "planificatrice", "notaire", "économiste", "actuaire",
];

/// Titles may be written in lowercase after a cue.
pub(super) const ROLE_LOWERCASE: bool = true;

/// Lowercase words that end a role.
#[rustfmt::skip]
pub(super) const ROLE_STOPS: &[&str] = &[
    "chez", "au", "à", "et", "dans", "pour", "qui", "que", "sur", "avec", "en", "nous", "vous",
    "est", "a", "au sein", "basé", "basée", "lors", "ne", "n'", "dont", "ainsi", "aux", "par",
    "publiée", "publié", "parue", "paru", "diffusée", "diffusé", "proposée", "proposé",
    "postée", "ouverte", "ouvert", "disponible", "actuellement", "pourvoir",
];

/// Lowercase words allowed inside a name.
#[rustfmt::skip]
pub(super) const JOINERS: &[&str] = &[
    "&", "et", "de", "du", "des", "d'", "la", "le", "les", "+",
];

/// Greetings.
#[rustfmt::skip]
pub(super) const GREETINGS: &[&str] = &[
    "bonjour", "bonsoir", "madame", "monsieur", "madame, monsieur", "cher", "chère", "salut",
    "hello",
];

/// Closings.
#[rustfmt::skip]
pub(super) const SIGN_OFFS: &[&str] = &[
    "cordialement", "bien cordialement", "très cordialement", "bien à vous", "bien à toi",
    "salutations", "sincères salutations", "meilleures salutations", "belle journée",
    "bonne journée", "à bientôt", "à très vite", "à très bientôt", "merci", "merci encore",
    "amicalement", "bonne continuation",
];

/// Team and department words around a company's name.
#[rustfmt::skip]
pub(super) const TEAM_WORDS: &[&str] = &[
    "l'équipe recrutement", "l'équipe rh", "l'équipe talents", "l'équipe talent", "l'équipe",
    "équipe recrutement", "équipe talents", "équipe rh", "équipe", "le service recrutement",
    "le service ressources humaines", "le service rh", "service recrutement",
    "service ressources humaines", "ressources humaines", "recrutement", "talents",
    "talent acquisition", "rh", "drh", "de", "des", "du", "direction des ressources humaines",
    "carrières", "département",
];

/// Capitalised words that never start or continue a name.
#[rustfmt::skip]
pub(super) const NOT_NAMES: &[&str] = &[
    "Bonjour", "Merci", "Nous", "Vous", "Malheureusement", "Madame", "Monsieur", "Votre", "Vos",
    "Notre", "Nos", "Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Suite", "Après",
    "Cordialement", "Bien", "Je", "Tu", "Ton", "Ta", "Objet", "De", "Date", "Envoyé", "Pour",
    "Candidature", "Poste", "Entretien", "Équipe", "Félicitations", "Veuillez", "Il", "Elle", "On",
    "Si", "Dans", "Hello", "Salut", "Cher", "Chère", "Bravo",
];

/// Words that make a phrase generic, not a name.
#[rustfmt::skip]
pub(super) const GENERIC: &[&str] = &[
    "confidentialité",
    "candidature", "votre", "ta", "entretien", "invitation", "retour", "réponse", "offre",
    "proposition", "embauche", "accusé", "réception", "étape", "prochaine", "test", "technique",
    "recrutement", "poste", "suite", "information", "mise", "jour", "convocation", "entrevue",
    "rappel", "confirmation", "rendez-vous", "échange", "deuxième", "premier", "bonne", "nouvelle",
    "merci", "opportunité", "cdi", "cdd", "alternance", "intérim", "freelance", "département",
    "carrières",
    "référence", "réf", "n°",
];
