//! Spanish (Spain and Latin America): what an email decides, and its stages.

/// Short common words that tell the language.
#[rustfmt::skip]
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "el", "los", "las", "que", "por", "con", "del", "tu", "su", "sus", "nuestro", "nuestra",
    "hemos", "gracias", "puesto", "candidatura", "lamentablemente", "saludos", "te", "una", "muy",
    "y", "es", "está", "proceso", "selección", "entrevista", "usted", "nos", "tus", "vacante",
    "hola", "estimado", "estimada", "para", "le",
];

/// A decision against the candidate.
#[rustfmt::skip]
pub(super) const REJECTION: &[&str] = &[
    // "al final nos hemos quedado con otra chica que ya tenía experiencia"
    "nos hemos quedado con otra", "nos hemos quedado con otro", "nos quedamos con otra",
    "decidido seguir buscando", "cerramos su candidatura", "cerramos tu candidatura",
    "nos quedamos con otro",
    "lamentamos", "sentimos comunicarte", "sentimos informarte", "sentimos comunicarle",
    "sentimos informarle", "no continuarás", "no continuará", "no continuar", "no seguirás",
    "no avanzarás", "no avanzará", "no ha sido seleccionad", "no has sido seleccionad",
    "no fue seleccionad", "no has resultado seleccionad", "no ha resultado seleccionad",
    "otros perfiles", "otras candidaturas", "otro candidato", "otra candidata", "otros candidatos",
    "otras personas candidatas", "otra persona candidata", "ha sido descartad",
    "ha quedado descartad", "no podemos ofrecerte", "no podemos ofrecerle",
    "no seguir adelante con tu", "no seguir adelante con su", "no avanzar con tu",
    "no avanzar con su", "no ha sido posible", "puesto ya ha sido cubierto",
    "vacante ha sido cubierta", "posición ha sido cubierta", "no encaja", "no podemos continuar",
    "no vamos a continuar", "no seguiremos", "descartad", "no ha prosperado", "no has pasado",
    "no has superado", "no ha superado", "no avanzaremos", "no se ajusta",
    "no continuaremos", "no seguiremos adelante", "no avanzaremos con", "no seguir adelante",
    "no podremos continuar",
    "otro perfil", "otra persona", "no cumple", "hemos decidido no", "decidido avanzar con otr",
    "seguir con otr", "continuar con otr", "en esta ocasión no", "no podremos", "desestimad",
    "no resultó seleccionad", "no ha resultado", "no fue posible", "no ha sido elegid",
    "fue cubierta", "fue cubierto", "sido cubierta", "sido cubierto", "está cubierta",
    "ya cubrimos",
    "nos hemos decantado", "decantado por otr", "optado por otr", "no continúas",
    "no sigues en el proceso", "no vamos a poder", "no pasas a la",
];

/// Read as a rejection only when nothing invites or offers.
#[rustfmt::skip]
pub(super) const REJECTION_WEAK: &[&str] = &[
    "lamentablemente", "desafortunadamente",
];

/// Phrases with a rejection cue inside that are no rejection.
/// "tú y otros candidatos resolveréis un caso": others in the same step.
pub(super) const NOT_REJECTION: &[&str] = &[
    "y otros candidatos",
    "y otras candidaturas",
    "junto a otros candidatos",
    "junto con otros candidatos",
    "y otros perfiles",
];

/// An offer, written or spoken.
#[rustfmt::skip]
pub(super) const OFFER: &[&str] = &[
    "nos complace ofrecerte", "nos complace ofrecerle", "nos alegra ofrecerte",
    "lo que le ofrecemos", "lo que te ofrecemos", "que se quedara con nosotros",
    "que te quedaras con nosotros",
    "queremos ofrecerte", "quisiéramos ofrecerte", "nos gustaría ofrecerte",
    "nos gustaría ofrecerle", "ofrecerte el puesto", "ofrecerle el puesto", "carta de oferta",
    // (Not "oferta de empleo" alone: as often the posting applied to.)
    "enviarte una oferta", "enviarle una oferta", "hacerte una oferta", "hacerle una oferta",
    "presentarte una oferta", "presentarle una oferta",
    "oferta formal", "propuesta económica",
    "bienvenido al equipo", "bienvenida al equipo", "carta oferta", "carta-oferta",
    "queremos contar contigo", "queremos contar con usted", "contar contigo como",
    "contar con usted como", "firmar el contrato", "tu contrato", "fecha de incorporación",
    "propuesta de contratación", "condiciones de contratación", "darte la bienvenida al equipo",
    "bienvenida a bordo", "bienvenido a bordo",
    "seleccionado para el puesto", "seleccionada para el puesto", "propuesta de contrato",
    "formes parte de nuestro equipo", "que formes parte del equipo", "queremos que formes parte",
    "que te unas a", "unirte a nuestro equipo", "oferta por escrito", "persona elegida",
    "te adjuntamos la propuesta", "nuestra propuesta", "propuesta salarial",
    "propuesta de incorporación", "carta de incorporación",
];

/// Phrases with an offer cue inside that are no offer.
#[rustfmt::skip]
pub(super) const NOT_OFFER: &[&str] = &[
    "no podemos ofrecer", "no podemos ofrecerte", "no podemos ofrecerle",
];

/// An invitation to a next step.
#[rustfmt::skip]
pub(super) const INVITE: &[&str] = &[
    // A plan said as a welcome: "Te esperamos el martes a las 10:30".
    "te esperamos el", "le esperamos el", "os esperamos el", "te esperamos en", "le esperamos en",
    // "me gustaría proponerte una primera llamada", "elige el hueco".
    "proponerte una", "proponerle una", "elijas el hueco", "elija el hueco",
    "invitarte", "invitarle", "te invitamos a una", "le invitamos a una", "te invitamos a la",
    "le invitamos a la", "nos gustaría conocerte", "nos gustaría conocerle", "nos gustaría tener",
    "nos gustaría hablar", "confirmarnos tu disponibilidad", "confirmarnos su disponibilidad",
    "tu disponibilidad", "su disponibilidad", "qué día te viene bien", "te viene bien",
    "te viene mejor", "le viene mejor", "las siguientes fechas",
    "le viene bien", "te vendría bien", "le vendría bien", "queremos invitarte", "te recuerdo que",
    "le recuerdo que", "tienes la entrevista", "tiene la entrevista", "tu entrevista será",
    "su entrevista será", "nos vemos", "pasaste a", "avanzaste a", "fuiste seleccionad",
    "has sido seleccionad", "has sido preseleccionad", "te compartimos el enlace",
    "enlace para la entrevista", "link para la entrevista", "agendar", "agenda una",
    "reservar un hueco", "has superado", "ha superado", "has pasado a", "has avanzado",
    "me encantaría tener", "nos encantaría tener", "me gustaría tener una", "qué te parece el",
    "qué le parece el", "tendrías disponibilidad", "tienes disponibilidad", "tiene disponibilidad",
    "tendría disponibilidad", "me encantaría conocerte", "nos encantaría conocerte",
    "coordinar una", "programar una",
    "te propongo", "te proponemos una", "le proponemos una", "podrías venir", "quedamos el",
    "concertar una", "citarte", "convocarte", "te convocamos", "le convocamos", "cita para",
    "podemos hablar", "hablar contigo",
    "te citamos", "le citamos", "citarle", "tu asistencia", "su asistencia",
];

/// Weaker invitations, ignored after a condition ("if you are selected…").
#[rustfmt::skip]
pub(super) const INVITE_WEAK: &[&str] = &[
    "siguiente fase", "próxima fase", "próxima etapa", "siguiente paso", "siguiente etapa",
];

/// Words of a condition.
#[rustfmt::skip]
pub(super) const CONDITIONS: &[&str] = &[
    " si ", " en caso de ", " cuando ", " de no ", " a falta de ",
];

/// "We received your application."
#[rustfmt::skip]
pub(super) const ACK: &[&str] = &[
    "hemos recibido tu", "hemos recibido su", "recibido tu candidatura", "recibido su candidatura",
    "recepción de tu", "recepción de su", "gracias por inscribirte", "gracias por postularte",
    "gracias por tu candidatura", "gracias por su candidatura", "revisará", "revisaremos",
    "nos pondremos en contacto", "te contactaremos", "le contactaremos",
    "recibido correctamente", "ha sido registrada", "se ha registrado", "estudiaremos",
    "valoraremos", "te mantendremos informad", "le mantendremos informad",
];

/// The final round.
#[rustfmt::skip]
pub(super) const FINAL_ROUND: &[&str] = &[
    "entrevista final", "entrevistas finales", "última entrevista", "fase final", "última fase",
    "ronda final", "última ronda",
];

/// A test, case study or take-home task.
#[rustfmt::skip]
pub(super) const ASSESSMENT: &[&str] = &[
    "prueba técnica", "pruebas técnicas", "prueba", "caso práctico", "test", "evaluación",
    "ejercicio", "reto técnico", "assessment", "tu solución",
    "dinámica de grupo", "dinámica", "assessment center", "centro de evaluación",
];

/// An interview (or a meeting as good as one).
#[rustfmt::skip]
pub(super) const INTERVIEW: &[&str] = &[
    "entrevista", "entrevistas", "reunión", "conocerte en persona", "presencial", "segunda fase",
    "panel",
];

/// A first call.
#[rustfmt::skip]
pub(super) const SCREENING: &[&str] = &[
    "entrevista telefónica", "llamada", "conversación telefónica", "videollamada",
    "primera conversación", "breve conversación", "por teléfono",
    "entrevista con rrhh", "entrevista con recursos humanos", "entrevista de rrhh",
];

/// A stage named right after these is still to come.
#[rustfmt::skip]
pub(super) const FUTURE: &[&str] = &[
    "invitarte a", "invitarle a", "pasar a", "a la", "a una", "para la siguiente",
];
