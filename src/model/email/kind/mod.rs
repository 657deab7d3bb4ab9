//! What kind of email it is, and the stage: for a decision, how far the
//! process got; for an invitation, the step it invites to.
//!
//! Besides each language's phrases, a few shapes that no phrase list
//! exhausts: a negation with what it refuses later in its clause ("we will
//! not be moving your candidacy forward"), the choice of someone else
//! ("offered the … job to someone who"), a receipt and an application in
//! one sentence, and a question naming a day or a time (an invitation).
//! A withdrawal confirmed, a meeting moved and an invitation to an event
//! are no decision. The stage invited to is the one the invitation itself
//! names ("invite you to interview…", "set up a quick phone call"); for a
//! rejection that names none, the one the quoted thread speaks of as done.
//!
//! - `refusal`: the shapes of a decision against the candidate;
//! - `offer`: the shape of an offer (gladness, then joining);
//! - `stage`: how far it got, or the step invited to.

mod offer;
mod refusal;
mod stage;

use super::scan::Scan;
use super::tables::Table;
use super::EmailKind;

pub(super) use stage::{done_stage, stage_of};

/// The slice of `low` up to `len` bytes before `at` (on a char boundary).
pub(super) fn before(low: &str, at: usize, len: usize) -> &str {
    let from = (at.saturating_sub(len)..=at)
        .find(|i| low.is_char_boundary(*i))
        .unwrap_or(at);
    &low[from..at]
}

/// Where `cue` occurs at a word's start, unless one of `except` covers that
/// occurrence ("unable to offer" covers "offer").
fn hits(s: &Scan, cue: &str, except: &[&str]) -> Vec<usize> {
    let low = s.low.as_str();
    s.find(cue)
        .into_iter()
        .filter(|&at| {
            !except.iter().any(|x| {
                x.len() > cue.len()
                    && x.find(cue).is_some_and(|k| {
                        at >= k && low.get(at - k..).is_some_and(|t| t.starts_with(x))
                    })
            })
        })
        .collect()
}

fn any(s: &Scan, cues: &[&str], except: &[&str]) -> bool {
    cues.iter().any(|c| !hits(s, c, except).is_empty())
}

/// The sentence before byte `at` holds a condition ("if you are selected
/// for the next stage").
pub(super) fn conditional(low: &str, at: usize, t: &Table) -> bool {
    let b = before(low, at, 160);
    // (A semicolon ends a condition's reach: "…uns bei positivem Ergebnis
    // zu melden; leider haben wir uns…".)
    let sentence = b.rsplit(['.', '!', '?', '\n', ';']).next().unwrap_or(b);
    let sentence = format!(" {sentence}");
    t.conditions.iter().any(|c| {
        sentence
            .match_indices(c)
            .any(|(i, _)| !(c.trim() == "caso" && a_case(&sentence[..i])))
    })
}

/// "Caso" after "de" (or "neste") is a noun, no "if": "depois do estudo de
/// caso em grupo, você não seguirá…".
fn a_case(head: &str) -> bool {
    let last = head.rsplit(' ').next().unwrap_or("");
    ["de", "do", "neste", "nesse", "no", "um", "este", "esse"].contains(&last)
}

/// Words that promise news later: a step named after them in the same
/// sentence is no invitation ("we'll be in touch about next steps").
#[rustfmt::skip]
const LATER: [&str; 40] = [
    "be in touch", "get back to you", "let you know", "update you", "contact you", "reach out",
    "hear from us", "keep you posted", "keep an eye on", "track the", "acompanhar",
    "acompanhe", "fique de olho", "suivre l'avancement", "suivre les prochaines",
    "informieren", "melden uns", "melden wir uns",
    "nos pondremos en contacto", "te contactaremos", "le contactaremos", "te informaremos",
    "le informaremos", "reviendrons vers", "vous informer", "vous tiendrons", "te tiendrons",
    "entraremos em contato", "entraremos em contacto", "informaremos", "daremos retorno",
    "receberá", "recibirás", "recevrez", "you will receive", "you'll receive", "informações sobre",
    // "Se houver aderência, você recebe um convite para o teste".
    "recebe um", "vai receber", "get an invit",
];

fn later(low: &str, at: usize) -> bool {
    let b = before(low, at, 120);
    let sentence = b.rsplit(['.', '!', '?', '\n']).next().unwrap_or(b);
    LATER.iter().any(|l| sentence.contains(l))
}

/// The candidate's withdrawal, confirmed.
#[rustfmt::skip]
const WITHDRAWN: [&str; 31] = [
    "auf ihren wunsch hin aus dem laufenden verfahren", "auf ihren wunsch aus dem verfahren",
    "auf ihren wunsch zurückgezogen",
    "application withdrawn",
    "souhait de retirer votre candidature", "candidature a bien été retirée",
    "withdrawn at your request", "withdrew by mistake",
    "wish to withdraw your application", "request to withdraw your application",
    "withdrawn your application", "withdrew your application", "withdrawal of your application",
    "you have withdrawn", "bewerbung zurückgezogen", "retirado tu candidatura",
    "retiré votre candidature", "retirou sua candidatura", "retirou a sua candidatura",
    "cancelled your application",
    // The person's desistance recorded: "registrei a sua desistência",
    // "sua candidatura … foi encerrada a seu pedido".
    "sua desistência", "su desistimiento", "votre désistement", "ihren rückzug", "deinen rückzug",
    "encerrada a seu pedido", "cancelada a seu pedido", "retirada a seu pedido",
    // A reply to the person's own "Rückzug meiner Bewerbung", taken "aus dem Verfahren".
    "rückzug meiner bewerbung", "rückzug ihrer bewerbung", "aus dem verfahren genommen",
];

/// The person's own withdrawal, confirmed (a reply that says so is read as
/// itself, not as the invitation quoted under it).
pub(super) fn withdrawn(s: &Scan) -> bool {
    any(s, &WITHDRAWN, &[])
}

/// A meeting already arranged, moved.
#[rustfmt::skip]
const RESCHEDULE: [&str; 65] = [
    "trasladar la sesión", "trasladar la entrevista", "trasladar la prueba",
    "tenemos que cambiar la fecha", "devons déplacer", "dû déplacer", "move the session", "moved the session",
    "reschedule", "rescheduling", "move our chat", "move our call", "move our meeting",
    "move our interview", "move our conversation", "move your interview", "move the interview",
    "move your call", "move the call", "change of time", "push our", "postpone", "postponing",
    "verschieben", "verlegen", "terminverschiebung", "verschiebung", "reprogramar", "aplazar",
    "cambiar la hora", "mover la entrevista", "mover nuestra", "décaler", "report de",
    "reporter notre", "reporter votre", "remarcar", "reagendar", "adiar", "mudar o horário",
    "new time for", "nuevo horario", "pick a new time",
    "choose a new time", "select a new time", "interview has been moved",
    "call has been moved", "push the whole panel back", "push the panel back",
    "push the interview back", "push your interview back", "move wednesday's", "move monday's",
    "move tuesday's", "move thursday's", "move friday's",
    // A meeting called off, new times to follow: "melden wir uns mit
    // neuen Terminvorschlägen".
    "neuen terminvorschl", "neue terminvorschl",
    // A meeting called off for now ("we'll have to cancel tomorrow's 2pm
    // interview … I'll come back to you with a couple of new times").
    "cancel tomorrow's", "cancel today's", "cancel your interview", "cancel the interview",
    "cancel our interview", "couple of new times", "some new times",
];

/// Events a company invites to that are no step of an application.
#[rustfmt::skip]
const EVENTS: [&str; 34] = [
    "open evening", "open day", "open house", "careers fair", "career fair", "job fair",
    "careers event", "recruitment event", "webinar", "info session", "information session",
    "meetup", "networking event", "hackathon", "tag der offenen tür", "karrieremesse",
    "jobmesse", "puertas abiertas", "feria de empleo", "portes ouvertes", "salon de l'emploi",
    "forum emploi", "feira de carreiras", "webinário",
    // Following the employer online: "laden wir Sie ein, uns auf LinkedIn
    // zu folgen", "we invite you to follow us".
    "linkedin", "instagram", "follow us", "zu folgen", "newsletter", "síguenos", "suivez-nous",
    "nos siga", "talent community", "talentpool",
];

/// An invitation to an event ("invite you to our careers open evening").
fn to_an_event(low: &str, at: usize) -> bool {
    let mut end = (at + 90).min(low.len());
    while !low.is_char_boundary(end) {
        end -= 1;
    }
    let window = &low[at..end];
    let window = window.split(['.', '!', '?', '\n']).next().unwrap_or(window);
    EVENTS.iter().any(|e| window.contains(e))
}

/// Per language: a meeting of the reader's, and what makes it arranged
/// later in the sentence ("Your interview for Store Manager at Pennywise
/// is confirmed for Monday", "votre entretien … se déroulera").
#[rustfmt::skip]
const ARRANGED: [(&[&str], &[&str]); 5] = [
    (&["your interview", "your call", "your assessment", "your video interview"],
     &["is confirmed", "has been confirmed", "is scheduled", "has been scheduled", "is booked",
       "has been booked", "has been arranged", "will take place", "will be held"]),
    (&["ihr vorstellungsgespräch", "ihr gespräch", "ihr interview", "dein gespräch",
       "ihr termin"],
     &["findet", "bestätigt", "vereinbart", "geplant"]),
    (&["tu entrevista", "su entrevista"],
     &["confirmada", "programada", "agendada", "tendrá lugar"]),
    (&["votre entretien", "ton entretien"],
     &["confirmé", "programmé", "planifié", "se déroulera", "se tiendra"]),
    (&["sua entrevista", "a sua entrevista"],
     &["confirmada", "agendada", "marcada", "será realizada", "acontecerá"]),
];

/// Verbs of inviting too general to count alone ("nous vous invitons à
/// consulter nos offres"): an invitation when its sentence names a step.
#[rustfmt::skip]
const INVITE_VERBS: [&str; 12] = [
    "invite you", "invites you", "vous invitons", "t'invitons", "vous invite à", "te invitamos",
    "le invitamos", "convidamos você", "te convidamos", "laden sie", "laden dich", "lädt sie",
];

/// An arranged meeting ([`ARRANGED`]) or a general invitation naming a step.
fn arranged(s: &Scan, tables: &[&Table]) -> bool {
    let low = s.low.as_str();
    let sentence_from = |at: usize| {
        let mut cap = (at + 300).min(low.len());
        while !low.is_char_boundary(cap) {
            cap -= 1;
        }
        let rest = &low[at..cap];
        &rest[..rest.find(['.', '!', '?', '\n']).unwrap_or(rest.len())]
    };
    let steps = |text: &str| {
        tables.iter().any(|t| {
            [t.interview, t.screening, t.assessment, t.final_round]
                .iter()
                .flat_map(|l| l.iter())
                .any(|c| !super::names::cue_ends(text, c).is_empty())
        })
    };
    let unconditional = |at: usize| !tables.iter().any(|t| conditional(low, at, t));
    ARRANGED.iter().any(|(meetings, done)| {
        meetings.iter().any(|m| {
            s.find(m).into_iter().take(20).any(|at| {
                let sentence = sentence_from(at);
                unconditional(at) && done.iter().any(|d| sentence.contains(d))
            })
        })
    }) || INVITE_VERBS.iter().any(|v| {
        s.find(v).into_iter().take(20).any(|at| {
            unconditional(at) && !to_an_event(low, at) && steps(&sentence_from(at)[v.len()..])
        })
    })
}

/// "If you're invited to the next step…", "si vous êtes invité…": the
/// cue's clause opens with an "if", so it invites no one yet.
fn just_after_if(low: &str, at: usize) -> bool {
    let b = before(low, at, 18);
    let clause = b
        .rsplit(['.', '!', '?', '\n', ',', ';', ':'])
        .next()
        .unwrap_or(b);
    // (The clause opens with it: "let us know if that works" asks.)
    let clause = clause.trim_start();
    let ifs = ["if ", "si ", "wenn ", "falls ", "se ", "caso "];
    // Or its sentence makes being chosen the condition: "If shortlisted,
    // we will invite you to an online test".
    let window = before(low, at, 120);
    let sentence = window
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or(window);
    // (Opening its sentence or a clause: "Queremos comprobar si tu perfil
    // encaja…" asks whether, and is no condition.)
    let chosen = IF_CHOSEN.iter().any(|c| {
        sentence.match_indices(c).any(|(i, _)| {
            let head = sentence[..i].trim_end();
            head.is_empty()
                || head.ends_with([',', ';', ':', '—', '–', '-', '•', '*'])
                || head
                    .trim_start()
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ')')
        })
    });
    ifs.iter().any(|w| clause.starts_with(w)) || chosen
}

/// Being chosen, as a condition: being picked, or a profile that has
/// still to be found to fit ("If your profile matches what we're looking
/// for, we'll invite you to a video interview").
#[rustfmt::skip]
const IF_CHOSEN: [&str; 36] = [
    "if shortlisted", "if selected", "if successful", "if you are shortlisted",
    "if you are selected", "if your application is successful", "should you be shortlisted",
    "should you be selected", "si es seleccionad", "si resulta seleccionad", "si eres seleccionad",
    "se for selecionad", "se você for selecionad", "caso seja selecionad", "falls sie ausgewählt",
    "wenn sie ausgewählt", "sollten sie in die engere", "si vous êtes retenu",
    "si votre candidature est retenue", "si votre profil est retenu",
    "if your profile", "if your experience", "if your skills", "if your background",
    "should your profile", "should your application", "si votre profil", "si votre expérience",
    "sollte ihr profil", "wenn ihr profil", "falls ihr profil", "si su perfil", "si tu perfil",
    "se o seu perfil", "se seu perfil", "caso seu perfil",
];

/// A job board's advice with a weak invitation's words inside: "take these
/// next steps for more success with your job search".
#[rustfmt::skip]
const TIPS: [&str; 6] = [
    "these next steps", "next steps for more", "next steps in your job search",
    "next step in your job search", "next steps in your search", "next step in your search",
];

/// Words of a reply that can't be sent to each person: an "unfortunately"
/// beside them is about the replies ("Lamentablemente, debido al elevado
/// número de solicitudes, no podemos responder de forma individual").
#[rustfmt::skip]
const EACH_REPLY: [&str; 14] = [
    "individual", "individuell", "einzeln", "individuellement", "individualmente",
    "each applicant", "every applicant", "each application", "every application",
    "cada persona", "cada candidato", "cada candidatura", "chaque candidat", "chaque candidature",
];

/// The sentence around byte `at` of `low`.
fn sentence_at(low: &str, at: usize) -> &str {
    let start = low[..at].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let end = low[at..]
        .find(['.', '!', '?', '\n'])
        .map_or(low.len(), |i| at + i);
    &low[start..end]
}

/// Words that say the application is still open: a pause, not a no ("Your
/// application has not been declined", "No han descartado a nadie").
#[rustfmt::skip]
const STILL_OPEN: [&str; 50] = [
    "still reviewing the outcome", "before any decisions are made",
    "remains under consideration", "still being reviewed",
    "bleibt selbstverständlich im verfahren", "bleibt im verfahren",
    "has not been declined", "hasn't been declined", "not been rejected", "remains active",
    "application remains open", "application is still open", "candidacy remains open",
    "is still active", "still under consideration", "no decision has been made",
    "no han descartado", "no hemos descartado", "queda en pausa", "sigue activa",
    "nicht abgesagt", "nicht abgelehnt", "bleibt aktiv", "weiterhin aktiv",
    "n'a pas été refusée", "reste active", "toujours active", "mis en pause",
    "não foi recusada", "continua ativa", "segue ativa",
    // The process to go on later: "seja retomado em janeiro", "will resume".
    "retomad", "will resume", "resume hiring", "se reanudará", "reanudaremos", "reprendra",
    "wieder aufgenommen", "wieder aufnehmen",
    // Held on to: "an Ihrer Bewerbung halten wir fest", "sua candidatura
    // continua registrada", "I'd love to pick up where we left off".
    "halten wir fest", "halten wir an ihrer", "halten wir an deiner", "continua registrada",
    "pick up where we left off",
    // A decision delayed with the person still in: "Die Entscheidung
    // verzögert sich … Stand jetzt bist du weiterhin im Prozess".
    "weiterhin im prozess", "weiterhin im verfahren", "entscheidung verzögert sich",
    "still in the process", "still very much in the process", "decision has been delayed",
];

/// The application is said to be still open. (Not a profile or an account
/// kept for other jobs: "your candidate profile remains active in our
/// system" under a rejection.)
fn still_open(s: &Scan) -> bool {
    const KEPT: [&str; 7] = [
        "profile", "profil", "perfil", "account", "konto", "compte", "conta",
    ];
    STILL_OPEN.iter().any(|c| {
        hits(s, c, &[]).into_iter().any(|at| {
            let near = before(&s.low, at, 24);
            !KEPT.iter().any(|k| near.contains(k))
        })
    })
}

/// A recruiter writing first, in any language.
#[rustfmt::skip]
const COLD_APPROACH: [&str; 16] = [
    "came across your profile", "your profile caught my eye", "caught my eye", "direct approach",
    "mind me reaching out", "confidential search", "bin auf ihr profil aufmerksam",
    "auf ihr profil gestoßen", "direktansprache", "me encontré con su perfil",
    "encontré su perfil", "j'ai découvert votre profil", "je me permets de vous contacter",
    "encontrei seu perfil", "encontrei o seu perfil", "vi seu perfil no linkedin",
];

/// A client kept unnamed, in any language.
#[rustfmt::skip]
const UNNAMED_CLIENT: [&str; 18] = [
    "my client", "our client", "a client", "client of ours", "confidential search",
    "confidential client", "share the company", "share the client", "unser mandant",
    "unseren mandanten", "einen mandanten", "mi cliente", "nuestro cliente", "un cliente",
    "mon client", "notre client", "meu cliente", "nosso cliente",
];

/// Words of an application the person made.
#[rustfmt::skip]
const APPLIED: [&str; 17] = [
    "applying", "applied", "your cv",
    "your application", "you applied", "applying for", "applied for", "ihre bewerbung",
    "deine bewerbung", "su candidatura", "tu candidatura", "votre candidature", "ta candidature",
    "sua candidatura", "a sua candidatura", "your interview", "our conversation",
];

/// A survey or a reminder to finish an application, in any language.
#[rustfmt::skip]
const NO_RECEIPT: [&str; 28] = [
    "take the survey", "short survey", "questionnaire de satisfaction", "enquête de satisfaction",
    "répondre à un court questionnaire", "umfrage", "encuesta de satisfacción",
    "pesquisa de satisfação", "questionário de satisfação", "complete your application",
    "finish your application", "not yet complete", "complete seu cadastro",
    "cadastro no nosso portal de carreiras ainda não", "não foi finalizado",
    "completa tu candidatura", "completar tu candidatura", "finalisez votre candidature",
    "complétez votre candidature", "vervollständigen sie ihre bewerbung",
    "ihre bewerbung ist noch nicht vollständig", "bewerbung unvollständig",
    // Documents to send in: "Unterlagen unvollständig", "reichen Sie … nach".
    "unterlagen unvollständig", "noch nicht vollständig", "bitte reichen sie", "reichen sie bitte",
    "nachzureichen", "nicht beigefügt",
];

/// Byte `at` is in an item of a list (a bullet, or "5." / "5)"): a step
/// of the process or a term of a package described. Alone it is no offer
/// (an offer says so in a sentence of its own), and under a receipt no
/// invitation ("2. Online-Test – die Einladung erhalten Sie per E-Mail").
pub(super) fn in_a_list(low: &str, at: usize) -> bool {
    let start = low[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = low[start..at].trim_start();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = &line[digits..];
    if digits > 0 {
        return after.starts_with(". ") || after.starts_with(") ");
    }
    line.strip_prefix(super::role::BULLETS)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// A calendar invitation with nothing but its details: "When:" and
/// "Where:" (or "Organiser:") lines and a link to join. (Not one called
/// off: "Canceled: Interview …".)
fn a_calendar_entry(s: &Scan) -> bool {
    let starts = |heads: &[&str]| {
        s.low
            .lines()
            .any(|l| heads.iter().any(|h| l.trim_start().starts_with(h)))
    };
    starts(&["when:", "wann:"])
        && starts(&["where:", "organiser:", "organizer:", "wo:", "organisator:"])
        && any(
            s,
            &[
                "join the meeting",
                "join zoom meeting",
                "join on your computer",
            ],
            &[],
        )
        && !s
            .low
            .lines()
            .next()
            .is_some_and(|l| l.contains("cancel") || l.contains("abgesagt"))
}

/// A talent pool's consent to confirm ("Ihre Daten in unserem Talentpool –
/// bitte bestätigen Sie"): the sentence asks to keep data, no step.
fn in_a_pool(low: &str, at: usize) -> bool {
    let sentence = sentence_at(low, at);
    [
        "talentpool",
        "talent pool",
        "talent community",
        "banco de talentos",
        "vivier",
    ]
    .iter()
    .any(|p| sentence.contains(p))
}

/// An offer already accepted: what follows it (checks, forms, a start).
#[rustfmt::skip]
const ACCEPTED: [&str; 8] = [
    "accepting our offer", "accepted our offer", "acceptance of our offer",
    "unser angebot angenommen", "angebot angenommen haben", "aceptado nuestra oferta",
    "accepté notre proposition", "aceitou nossa proposta",
];

/// No decision yet, said as news ("we have not reached a decision on the
/// position yet", "noch keine Entscheidung getroffen"): an update, no receipt, and the
/// message the person means even above a quoted invitation.
#[rustfmt::skip]
const PENDING: [&str; 14] = [
    "not reached a decision", "not yet reached a decision", "haven't reached a decision",
    "not made a decision yet", "haven't made a decision yet", "still in the midst of",
    "no decision has been made yet",
    "weiterhin in unserem auswahlverfahren", "noch keine entscheidung getroffen",
    "aún no hemos tomado una decisión", "todavía no hemos tomado una decisión",
    "pas encore pris de décision", "ainda não tomamos uma decisão", "ainda não temos uma decisão",
];

/// No decision yet, said as news.
pub(super) fn pending(s: &Scan) -> bool {
    any(s, &PENDING, &[])
}

/// Questions to answer before going further ("Before we go any further,
/// could you let me know: your salary expectations…"): no receipt,
/// whatever it thanks for.
#[rustfmt::skip]
const DETAILS_ASKED: [&str; 8] = [
    "before we go any further", "before we go further", "before we take this further",
    "bevor wir weitermachen", "bevor wir fortfahren", "antes de seguir adelante",
    "avant d'aller plus loin", "antes de prosseguir",
];

/// A job paused, in any language.
#[rustfmt::skip]
const HOLD: [&str; 27] = [
    "a little longer than that", "sorry for the wait",
    // A process running late: "the sift is taking longer than planned".
    "taking longer than planned", "taking longer than expected", "taking longer than anticipated",
    "dauert länger als geplant", "está demorando mais", "prend plus de temps",
    "on hold", "paused", "on pause", "auf eis", "pausiert", "en pausa", "en suspenso",
    "congelad", "en suspens", "pausad", "pausar", "pausieren", "mettre en pause",
    "temporariamente suspens", "foi suspens", "suspendido temporalmente",
    "temporalmente suspendido", "temporairement suspendu", "vorübergehend ausgesetzt",
];

/// A job paused with the application still open, said together (within
/// a couple of sentences).
pub(super) fn on_hold(s: &Scan) -> bool {
    let open: Vec<usize> = STILL_OPEN.iter().flat_map(|c| hits(s, c, &[])).collect();
    HOLD.iter()
        .flat_map(|c| hits(s, c, &[]))
        .any(|h| open.iter().any(|o| o.abs_diff(h) < 300))
}

fn invited(s: &Scan, tables: &[&Table]) -> bool {
    arranged(s, tables)
        || tables.iter().any(|t| {
            // ("En caso de que su perfil encaje, nos pondremos en contacto
            // para concertar una entrevista": a condition and news later.)
            t.invite.iter().any(|c| {
                hits(s, c, &[]).into_iter().any(|at| {
                    let promised =
                        (conditional(&s.low, at, t) || either(&s.low, at)) && later(&s.low, at);
                    // ("Shortlisted applicants will be contacted … to arrange
                    // an interview": a rule for others.)
                    !(to_an_event(&s.low, at)
                        || just_after_if(&s.low, at)
                        || readers_wish(&s.low, at)
                        || in_a_portal(&s.low, at + c.len())
                        || about_invitations(&s.low, at)
                        || (c.starts_with("laden") && upload(&s.low, at + c.len()))
                        || about_others(&s.low, at)
                        || (in_a_list(&s.low, at) && received(s))
                        || in_a_pool(&s.low, at)
                        || promised
                        || to_start(&s.low, at + c.len()))
                })
            }) || t.invite_weak.iter().any(|c| {
                hits(s, c, &TIPS).into_iter().any(|at| {
                    !(conditional(&s.low, at, t)
                        || later(&s.low, at)
                        || (in_a_list(&s.low, at) && received(s))
                        || about_others(&s.low, at)
                        || moved_after(&s.low, at + c.len()))
                })
            })
        })
}

/// The first of two outcomes to come: "we'll be in touch, either with an
/// invitation … or with a rejection".
fn either(low: &str, at: usize) -> bool {
    let b = before(low, at, 30);
    ["entweder", "either", "soit ", "ya sea", "ou bien"]
        .iter()
        .any(|w| b.contains(w))
}

/// A form to fill, not a meeting: "confirm your availability in the 'My
/// Availability' section", "bestätigen Sie Ihre Einwilligung" (to keep
/// one's data in a talent pool).
fn in_a_portal(low: &str, at: usize) -> bool {
    let clause = ahead(low, at, &['.', '!', '?', '\n', ':'], 60);
    #[rustfmt::skip]
    const FORMS: [&str; 12] = [
        " section", " dashboard", " portal", " in your profile", " in your account", "einwilligung",
        "zustimmung", " consent", "consentimento", "consentement", "consentimiento", "bewerberkonto",
    ];
    FORMS.iter().any(|f| clause.contains(f))
}

/// "Come in Thursday at 3": an invitation said as a plan, no question.
fn come_in(s: &Scan) -> bool {
    #[rustfmt::skip]
    const COME: [&str; 7] = [
        "come in ", "pop in ", "come by ", "drop by ", "come over on ", "komm vorbei ",
        "kommen sie vorbei ",
    ];
    COME.iter().any(|c| {
        hits(s, c, &[])
            .into_iter()
            .any(|at| names_a_time(ahead(&s.low, at + c.len(), &['.', '!', '?', '\n', ','], 30)))
    })
}

/// A recruiter asking before sending the CV on: no step yet ("Just checking
/// you're still interested … before I put you forward").
#[rustfmt::skip]
const NOT_PUT_FORWARD: [&str; 7] = [
    "before i put you forward", "before putting you forward", "before i submit your",
    "before i send your cv", "happy for me to put you forward", "happy for me to submit",
    "before i put your cv forward",
];

/// The reader's own wish, not the sender's: "get in touch if you would
/// like to talk any of it through".
fn readers_wish(low: &str, at: usize) -> bool {
    let b = before(low, at, 20);
    [
        "if you would ",
        "if you'd ",
        "should you ",
        "whenever you'd ",
        "if you ever ",
    ]
    .iter()
    .any(|w| b.ends_with(w))
}

/// Invitations spoken of, not made: "über die Einladungen zu
/// Vorstellungsgesprächen entscheiden", "decide about the invitations".
fn about_invitations(low: &str, at: usize) -> bool {
    let b = before(low, at, 12);
    ["über die ", "über eine ", "about the "]
        .iter()
        .any(|w| b.ends_with(w))
}

/// "Laden Sie die Dokumente … hoch": an upload, no invitation (the verb's
/// particle ends the clause).
fn upload(low: &str, at: usize) -> bool {
    // (Not cut at a full stop: a date's "bis zum 14.02.2025" comes first.)
    let clause = ahead(low, at, &['!', '?', '\n'], 160);
    [" hoch", " herunter"].iter().any(|p| {
        clause.match_indices(p).any(|(i, _)| {
            clause[i + p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphabetic())
        })
    })
}

/// When a person could start work, not meet: "sua disponibilidade para
/// início a partir de fevereiro", "your availability to start".
fn to_start(low: &str, at: usize) -> bool {
    const START: [&str; 9] = [
        " para início",
        " para inicio",
        " para começar",
        " de início",
        " to start",
        " para empezar",
        " de incorporación",
        " pour démarrer",
        " zum eintritt",
    ];
    low.get(at..)
        .is_some_and(|r| START.iter().any(|w| r.starts_with(w)))
}

/// Words of a timetable changed: "as próximas etapas também foram
/// reajustadas", "the next steps have moved to May" tell of dates, and
/// invite to nothing yet.
#[rustfmt::skip]
const MOVED_WORDS: [&str; 16] = [
    "reajust", "alterad", "mudaram", "changed", "moved", "postponed", "rescheduled",
    "pushed back", "verschoben", "geändert", "reprogramad", "aplazad", "modifié", "décalé",
    "reporté", "adiad",
];

/// The rest of the clause from byte `at` tells of a changed timetable.
fn moved_after(low: &str, at: usize) -> bool {
    let clause = ahead(low, at, &['.', '!', '?', ':', ';', '\n'], 60);
    MOVED_WORDS.iter().any(|w| clause.contains(w))
}

/// The text from byte `at` up to the first of `stops`, at most `cap` bytes
/// (on a char boundary).
fn ahead<'a>(low: &'a str, at: usize, stops: &[char], cap: usize) -> &'a str {
    let rest = low.get(at..).unwrap_or("");
    let mut end = rest.find(stops).unwrap_or(rest.len()).min(cap);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    &rest[..end]
}

/// A receipt and an application in one sentence: "we have received your
/// CV", "Ihre Unterlagen sind eingegangen", "tu candidatura se ha registrado".
#[rustfmt::skip]
const RECEIPTS: [&str; 26] = [
    // ("Got your resume, thank you for sending it over!")
    "got your", "receiv", "erhalten", "eingegangen", "eingang", "recib", "reçu", "réception", "enregistr", "receb",
    "receç", "recepç", "registrad", "registad", "submitted", "enviada com sucesso",
    "enviado com sucesso", "confirm", "enviado correctamente", "enviada correctamente",
    "bien été envoyée", "bien été transmise", "übermittelt", "versendet", "been sent to",
    "was sent to",
];
#[rustfmt::skip]
const APPLICATIONS: [&str; 19] = [
    "application", "cv", "resume", "registration", "bewerbung", "unterlagen", "candidatura", "postulación",
    "postulacion", "aplicación", "currículum", "curriculum", "candidature",
    "dossier", "currículo", "inscrição", "inscripción",
    // A public sector's "solicitud de participación en el proceso selectivo"
    // (not a password's "solicitud de restablecimiento").
    "solicitud de participación", "solicitud de empleo",
];

/// "This" in the five languages, after a word of receiving.
const THIS: [&str; 9] = [
    "this", "esta", "este", "ce", "cette", "diese", "dieses", "diesen", "isto",
];

fn received(s: &Scan) -> bool {
    let low = s.low.as_str();
    RECEIPTS.iter().any(|r| {
        s.find(r).into_iter().take(50).any(|at| {
            // "You are receiving this message because…": the mail, not the
            // application, is what arrived.
            let next = low[at..]
                .split(' ')
                .nth(1)
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphabetic());
            if THIS.contains(&next) {
                return false;
            }
            let b = before(low, at, 100);
            let head = b.rsplit(['.', '!', '?', '\n']).next().unwrap_or(b);
            let mut end = (at + 100).min(low.len());
            while !low.is_char_boundary(end) {
                end -= 1;
            }
            let tail = &low[at..end];
            let tail = tail.split(['.', '!', '?', '\n']).next().unwrap_or(tail);
            // "You haven't submitted it yet": no receipt.
            let near = format!(" {}", head.rsplit([',', ';']).next().unwrap_or(head));
            if [
                " not ", "n't ", " nicht ", " no ", " não ", " pas ", " yet to ",
            ]
            .iter()
            .any(|n| near.contains(n))
            {
                return false;
            }
            APPLICATIONS.iter().any(|a| {
                super::names::cue_ends(head, a).len() + super::names::cue_ends(tail, a).len() > 0
            })
        })
    })
}

/// Days named without a name.
#[rustfmt::skip]
const SOON: [&str; 12] = [
    "tomorrow", "next week", "this week", "morgen", "nächste woche", "mañana",
    "la próxima semana", "demain", "la semaine prochaine", "amanhã", "semana que vem",
    "próxima semana",
];

/// A question naming a day or a time: "Would Tuesday at 3pm work?",
/// "¿Tendrías disponibilidad el martes 17 a las 12:00?", "Passt Ihnen Montag?".
fn asks_a_time(s: &Scan) -> bool {
    !time_questions(s).is_empty()
}

/// Whether `text` names a weekday, a near day ("tomorrow"), or a time
/// ("3pm", "14 Uhr", "10h", "15:30").
fn names_a_time(text: &str) -> bool {
    let day = super::words::CALENDAR
        .iter()
        .skip(11)
        .map(|d| d.to_lowercase())
        .chain(SOON.iter().map(|d| d.to_string()))
        .any(|d| !super::names::cue_ends(text, &d).is_empty());
    let bytes = text.as_bytes();
    day || bytes.iter().enumerate().any(|(i, c)| {
        c.is_ascii_digit() && {
            let rest = &text[i + 1..];
            let clock = rest.len() >= 3
                && rest.as_bytes()[0] == b':'
                && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit);
            let rest =
                rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
            clock
                || ["am", "pm", "h", "uhr", "hrs", "h00"].iter().any(|u| {
                    rest.trim_start().starts_with(u)
                        && rest.trim_start()[u.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphabetic())
                })
        }
    })
}

/// Where each question naming a day or a time starts: in the question
/// itself, or in the list of slots right under it ("Which of these times
/// suits you best?" then "- Tuesday 14 May, 10:00").
pub(super) fn time_questions(s: &Scan) -> Vec<usize> {
    let low = s.low.as_str();
    let mut out = Vec::new();
    for (at, _) in low.match_indices('?').take(40) {
        let b = before(low, at, 200);
        let sentence = b.rsplit(['.', '!', '?', '\n']).next().unwrap_or(b);
        let after = &low[at + 1..];
        let listed = after.starts_with('\n')
            && after
                .lines()
                .skip(1)
                .take_while(|l| !l.trim().is_empty())
                .take(6)
                .filter(|l| l.trim_start().starts_with(['-', '•', '*', '–', '·']))
                .any(names_a_time);
        if names_a_time(sentence) || listed {
            out.push(at - sentence.len());
        }
    }
    out
}

/// What a cue of unavailability ("no longer available", "has been
/// cancelled") may be said of besides the job: a time or a meeting.
#[rustfmt::skip]
const MEETING_THINGS: [&str; 13] = [
    "slot", "time", "date", "appointment", "room", "meeting", "call", "session", "booking",
    "interviewer", "calendar", "availability", "link",
];

/// A rejection's cue said of a slot or a meeting, not of the job: "the slot
/// we offered you on Tuesday is no longer available".
fn of_a_meeting(low: &str, at: usize) -> bool {
    let b = before(low, at, 80);
    let clause = b
        .rsplit(['.', '!', '?', '\n', ',', ';'])
        .next()
        .unwrap_or(b);
    let cue = &low[at..];
    [
        "no longer available",
        "has been cancelled",
        "has been canceled",
    ]
    .iter()
    .any(|c| cue.starts_with(c))
        && clause.split(|c: char| !c.is_alphanumeric()).any(|w| {
            MEETING_THINGS
                .iter()
                .any(|m| w == *m || w.strip_suffix('s') == Some(m))
        })
}

/// Moving a meeting already arranged is no new step — as the message says
/// it ("move our chat"); a subject's "change of time" above a fresh
/// proposal of a step is only a label. (A reply that moves a meeting is
/// read as itself, not as the invitation quoted under it.)
pub(super) fn moved(s: &Scan, tables: &[&Table]) -> bool {
    const NO_NEED: [&str; 10] = [
        "no need",
        "not ",
        "n't ",
        "nicht",
        "kein",
        "no hace falta",
        "no es necesario",
        "pas besoin",
        "pas de ",
        "não precisa",
    ];
    let moved_to_a_day = MOVED.iter().any(|m| {
        hits(s, m, &[]).into_iter().any(|at| {
            let rest = &s.low[at + m.len()..];
            let day = rest.split([' ', ',', '.']).next().unwrap_or("");
            s.locate(at).0 > 0 && !day.is_empty() && names_a_time(day)
        })
    });
    moved_to_a_day
        || tables.iter().any(|t| {
            RESCHEDULE.iter().any(|c| {
                hits(s, c, &[]).into_iter().any(|at| {
                    // ("…so no need to reschedule anything")
                    let near = before(&s.low, at, 24);
                    let negated = NO_NEED.iter().any(|n| near.contains(n));
                    // ("Cancel or reschedule: https://…": a link's label.)
                    let label = s.low[at + c.len()..].trim_start().starts_with(':');
                    s.locate(at).0 > 0 && !conditional(&s.low, at, t) && !negated && !label
                })
            })
        })
}

/// A meeting already arranged, moved to a day: "we can move everything to
/// Monday", "move the call to 3pm" (the day or time right after).
#[rustfmt::skip]
const MOVED: [&str; 14] = [
    "move everything to ", "moved everything to ", "move it to ", "moved it to ",
    "move the call to ", "move the interview to ", "move the panel to ", "move our call to ",
    "move our chat to ", "move the meeting to ", "moved the call to ", "moved the interview to ",
    "moved the panel to ", "moved the meeting to ",
];

/// A rule about others, not a decision on this person: the sentence opens
/// with them and doesn't speak to the reader before the cue ("Candidates
/// who do not complete the assessment by Sunday will not be considered
/// further").
pub(super) fn about_others(low: &str, at: usize) -> bool {
    const OPENINGS: [&str; 12] = [
        "only shortlisted",
        "shortlisted candidates",
        "shortlisted applicants",
        "only successful",
        "candidates who",
        "candidates that",
        "applicants who",
        "applicants that",
        "anyone who",
        "those who",
        "applications that",
        "applications which",
    ];
    let b = before(low, at, 200);
    let sentence = b
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or(b)
        .trim_start();
    OPENINGS.iter().any(|o| sentence.starts_with(o))
        && !sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "you" || w == "your")
}

/// A refusal named as one outcome among others to come: "we'll be in touch,
/// either with an invitation to an interview or with a rejection" ("…
/// melden wir uns – entweder mit einer Einladung … oder mit einer Absage").
fn one_of_the_outcomes(low: &str, at: usize) -> bool {
    let near = format!("{} ", before(low, at, 24));
    let alternative = [" oder ", " or ", " ou ", " o "]
        .iter()
        .any(|w| near.contains(w));
    let b = before(low, at, 260);
    let sentence = b.rsplit(['.', '!', '?', '\n']).next().unwrap_or(b);
    alternative
        && (LATER.iter().any(|l| sentence.contains(l))
            || ["entweder", "either", "soit", "ya sea"]
                .iter()
                .any(|w| sentence.contains(w)))
}

/// Thanks for a meeting just held: no receipt of an application, whatever
/// it promises next ("Thank you for attending the interview this afternoon
/// … we will be in touch next week").
#[rustfmt::skip]
const AFTER_MEETING: [&str; 14] = [
    "thank you for attending", "thanks for attending", "thank you for coming in",
    "thanks for coming in", "thank you for meeting with", "thanks for meeting with",
    "enjoyed meeting you", "danke für das gespräch", "dank für das angenehme gespräch",
    "dank für das gespräch", "gracias por la entrevista", "merci pour notre échange",
    "obrigado pela entrevista", "obrigada pela entrevista",
];

pub(super) fn kind_of(s: &Scan, tables: &[&Table]) -> EmailKind {
    let english = tables[tables.len() - 1];
    let rejected = tables.iter().any(|t| {
        t.rejection.iter().any(|c| {
            hits(s, c, t.not_rejection).into_iter().any(|at| {
                !conditional(&s.low, at, t)
                    && !of_a_meeting(&s.low, at)
                    && !about_others(&s.low, at)
                    && !one_of_the_outcomes(&s.low, at)
            })
        })
    }) || refusal::chose_others(s)
        || refusal::chose_another(s, tables)
        || refusal::offered_elsewhere(s)
        || refusal::refused(s, english)
        || refusal::negated(s, tables);
    if rejected && !still_open(s) {
        return EmailKind::Rejection;
    }
    if offer::offered(s, tables) || offer::welcomed(s, tables) {
        return EmailKind::Offer;
    }
    // After an offer accepted: checks and forms to start, no new decision.
    if any(s, &ACCEPTED, &[]) {
        return EmailKind::Unknown;
    }
    // The person's own withdrawal, confirmed, is no decision.
    if withdrawn(s) {
        return EmailKind::Unknown;
    }
    if moved(s, tables) {
        return EmailKind::Unknown;
    }
    // A search firm's first approach for a client it doesn't name, for a
    // job never applied to: its "would you be open to a call?" is no step
    // of an application. (An employer's own recruiter writing so invites
    // to a first call.)
    if any(s, &COLD_APPROACH, &[]) && any(s, &UNNAMED_CLIENT, &[]) && !any(s, &APPLIED, &[]) {
        return EmailKind::Unknown;
    }
    if any(s, &NOT_PUT_FORWARD, &[]) {
        return EmailKind::Unknown;
    }
    if invited(s, tables) || come_in(s) || a_calendar_entry(s) {
        return EmailKind::Interview;
    }
    // Nor is a job put on hold with the application kept open ("has been
    // temporarily put on hold … your candidacy remains active").
    if on_hold(s) {
        return EmailKind::Unknown;
    }
    if tables.iter().any(|t| {
        t.rejection_weak.iter().any(|c| {
            hits(s, c, &[]).into_iter().any(|at| {
                let sentence = sentence_at(&s.low, at);
                !EACH_REPLY.iter().any(|e| sentence.contains(e))
            })
        })
    }) {
        return EmailKind::Rejection;
    }
    // Asked for a day or a time: an invitation.
    if asks_a_time(s) {
        return EmailKind::Interview;
    }
    // A survey about the process, a reminder to finish an application:
    // no receipt, whatever they thank for.
    if any(s, &NO_RECEIPT, &[]) && !received(s) {
        return EmailKind::Unknown;
    }
    if any(s, &AFTER_MEETING, &[]) && !received(s) {
        return EmailKind::Unknown;
    }
    // A recruiter's first approach, for a job never applied to, is no receipt.
    if any(s, &DETAILS_ASKED, &[])
        || pending(s)
        || (any(s, &COLD_APPROACH, &[]) && !any(s, &APPLIED, &[]))
    {
        return EmailKind::Unknown;
    }
    if tables.iter().any(|t| any(s, t.ack, &[])) || received(s) {
        return EmailKind::Acknowledgement;
    }
    EmailKind::Unknown
}
