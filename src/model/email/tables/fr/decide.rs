//! French: what an email decides, and its stages.

/// Short common words that tell the language.
#[rustfmt::skip]
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "le", "les", "des", "et", "vous", "votre", "vos", "nous", "pour", "avec", "merci",
    "candidature", "poste", "malheureusement", "cordialement", "une", "est", "pas", "ne", "sur",
    "dans", "au", "aux", "du", "chez", "suite", "entretien", "qui", "tu", "ton", "ta", "te",
    "avons", "sommes", "bonjour",
];

/// A decision against the candidate.
#[rustfmt::skip]
pub(super) const REJECTION: &[&str] = &[
    // "Nous avons finalement décidé de confier le poste … à une personne…"
    "décidé de confier le poste", "décidé de confier ce poste", "choisi de confier le poste",
    "nous sommes au regret", "au regret de vous", "avec regret", "ne pas donner suite",
    "pas donner une suite favorable", "pas donner suite", "ne pouvons donner suite",
    "ne pouvons pas donner suite", "ne pouvons pas donner une suite", "suite défavorable",
    "ne retiendrons pas", "pas été retenu", "pas été retenue", "n'a pas été retenue",
    "n'avons pas retenu", "retenir un autre", "retenu un autre", "retenu une autre",
    "autre candidat", "autre candidate", "autres candidats", "autres profils", "ne correspond pas",
    "ne pas poursuivre", "ne poursuivrons pas", "pas poursuivre", "pas en mesure de vous proposer",
    "poste a été pourvu", "poste est pourvu", "ne donnerons pas suite", "pas de suite favorable",
    "ne sera pas retenue", "ne pas retenir", "pas retenu", "pas retenue", "pas pu être retenue",
    "nous regrettons", "avons le regret", "ne pouvons pas retenir",
    "pas en mesure de donner suite", "avons choisi un autre", "avons choisi une autre",
    "poursuivre avec d'autres", "poursuivre avec une autre", "poursuivre avec un autre",
    "pas été sélectionné", "pas été sélectionnée", "a déjà été pourvu", "décidé de ne pas",
    "pas pu retenir",
    // "fait le choix de poursuivre le processus avec une personne dont…"
    "poursuivre le processus avec une personne", "poursuivre le processus avec un candidat",
    "poursuivre le processus avec une candidate", "poursuivre le processus avec d'autres",
];

/// Read as a rejection only when nothing invites or offers.
#[rustfmt::skip]
pub(super) const REJECTION_WEAK: &[&str] = &[
    "malheureusement",
];

/// Phrases with a rejection cue inside that are no rejection.
/// "vous et d'autres candidats travaillerez sur un cas": others in the same step.
pub(super) const NOT_REJECTION: &[&str] = &[
    "et d'autres candidats",
    "et les autres candidats",
    "et autres candidats",
    "avec d'autres candidats",
    "avec les autres candidats",
];

/// An offer, written or spoken.
#[rustfmt::skip]
pub(super) const OFFER: &[&str] = &[
    "le plaisir de vous proposer le poste", "plaisir de te proposer le poste",
    "proposition d'embauche", "promesse d'embauche", "offre d'emploi ci-joint",
    "proposition de contrat", "vous proposer le poste", "te proposer le poste",
    "vous faire une offre", "te faire une offre", "bienvenue dans l'équipe",
    "bienvenue parmi nous", "signer votre contrat", "signer ton contrat", "votre contrat de travail",
    "organiser votre arrivée", "organiser ton arrivée", "vous accueillir parmi nous",
    "t'accueillir parmi nous",
    "offre d'embauche", "lettre d'engagement", "votre embauche", "ravis de vous accueillir",
    "ravis de t'accueillir",
    "notre proposition", "proposition détaillée", "proposition salariale",
    "proposition de rémunération", "souhait de vous accueillir", "vous accueillir au poste",
    "t'accueillir au poste",
];

/// Phrases with an offer cue inside that are no offer.
#[rustfmt::skip]
pub(super) const NOT_OFFER: &[&str] = &[
    "ne constituent pas une proposition", "ne constitue pas une proposition", "pas une proposition d'embauche", "ne vaut pas promesse",
    "pas en mesure de vous proposer",
];

/// An invitation to a next step.
#[rustfmt::skip]
pub(super) const INVITE: &[&str] = &[
    // A call fixed by the employer: "Mme Marchais vous appellera le mardi".
    "vous appellera le", "t'appellera le",
    "rappel de votre entretien", "votre entretien aura lieu", "ton entretien aura lieu",
    "au plaisir de vous rencontrer", "vous rencontrer", "vous proposer un entretien",
    "te proposer un entretien", "proposer un deuxième entretien", "proposer un échange",
    "vous proposer un rendez-vous", "vous recevoir", "te rencontrer", "vous inviter", "t'inviter",
    "invitation à un entretien", "invitation à l'entretien", "convier", "seriez-vous disponible",
    "serais-tu disponible", "vos disponibilités", "tes disponibilités", "réserver un créneau",
    "choisir un créneau", "organiser un", "planifier un", "proposer de passer", "passer à l'étape",
    "confirmer votre présence", "me confirmer",
    "je vous propose un", "nous vous proposons un", "je te propose un", "pourriez-vous",
    "êtes-vous disponible", "es-tu disponible", "caler un", "fixer un rendez-vous",
    "convenir d'un", "vous convoquer",
    "tu serais dispo", "serais dispo", "seriez dispo", "seriez disponible", "serais disponible",
    "es dispo", "êtes dispo", "j'aimerais bien faire", "j'aimerais vous rencontrer",
    "j'aimerais te rencontrer", "faire un premier échange", "échanger avec vous",
    "échanger avec toi",
];

/// Weaker invitations, ignored after a condition ("if you are selected…").
#[rustfmt::skip]
pub(super) const INVITE_WEAK: &[&str] = &[
    "étape suivante", "prochaine étape",
];

/// Words of a condition.
#[rustfmt::skip]
pub(super) const CONDITIONS: &[&str] = &[
    " si ", " dès que ", " lorsque ", " au cas où ", " sans réponse", " sans retour", " sans nouvelles",
    " à défaut", " faute de",
];

/// "We received your application."
#[rustfmt::skip]
pub(super) const ACK: &[&str] = &[
    "accusons bonne réception", "accusé de réception", "bien reçu votre candidature",
    "bien reçu ta candidature", "avons reçu votre", "avons reçu ta",
    "merci pour votre candidature", "merci pour ta candidature", "nous reviendrons vers vous",
    "reviendrons vers toi", "va être étudié", "sera étudié", "étudier votre candidature",
    "sera examiné", "sera examinée", "prendrons contact", "avons bien reçu",
    "bonne réception", "confirmons la réception", "reviendra vers vous", "reviendra vers toi",
];

/// The final round.
#[rustfmt::skip]
pub(super) const FINAL_ROUND: &[&str] = &[
    "entretien final", "entretiens finaux", "dernier entretien", "dernière étape", "étape finale",
    "tour final", "dernier tour",
];

/// A test, case study or take-home task.
#[rustfmt::skip]
pub(super) const ASSESSMENT: &[&str] = &[
    "test technique", "tests techniques", "cas pratique", "étude de cas", "exercice", "test",
    "évaluation", "mise en situation", "assessment", "ta solution", "votre solution",
];

/// An interview (or a meeting as good as one).
#[rustfmt::skip]
pub(super) const INTERVIEW: &[&str] = &[
    "entretien", "entretiens", "rencontre", "rencontrer", "dans nos locaux", "sur site", "panel",
    "échanges",
];

/// A first call.
#[rustfmt::skip]
pub(super) const SCREENING: &[&str] = &[
    "entretien téléphonique", "échange téléphonique", "appel", "visio", "premier échange",
    "premier appel", "par téléphone", "brève discussion",
    "entretien rh", "entretien avec les rh", "entretien avec la drh", "échange rh",
];

/// A stage named right after these is still to come.
#[rustfmt::skip]
pub(super) const FUTURE: &[&str] = &[
    "vous inviter à", "passer à", "convier à", "à un", "à une", "pour la prochaine",
];
