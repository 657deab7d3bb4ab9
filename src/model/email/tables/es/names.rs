//! Spanish (Spain and Latin America): where names are, and words that are none.

/// Cues a company's name follows, with their weight.
#[rustfmt::skip]
pub(super) const COMPANY_CUES: &[(&str, f32)] = &[
    ("publicada por ", 3.0), ("publicado por ", 3.0),
    ("nuestro cliente, ", 4.0), ("mi cliente, ", 4.0), ("cliente, ", 3.0),
    ("nuestro cliente ", 3.0), ("nuestra cliente ", 3.0), ("mi cliente ", 3.0), ("la empresa ", 3.5),
    ("aplicar a ", 2.5), ("aplicaste a ", 2.5), ("postularte a ", 2.5), ("postulación a ", 2.5),
    ("postulación en ", 3.0), ("interés en formar parte de ", 3.0),
    ("interés en trabajar en ", 3.0), ("interés en trabajar con ", 3.0),
    ("interés mostrado en ", 3.0), ("interés por ", 3.0), ("interés en ", 3.0),
    ("formar parte de ", 3.0), ("trabajar en ", 2.5), ("proceso en ", 3.0),
    ("candidatura en ", 3.0), ("candidatura a ", 2.5), ("equipo de ", 2.0), ("puesto en ", 2.0),
    ("vacante en ", 2.5), ("posición en ", 2.5), ("oferta en ", 2.5), ("en ", 1.0),
    ("enviado correctamente a ", 3.0), ("enviada correctamente a ", 3.0),
    ("se ha enviado a ", 3.0), ("ha sido enviada a ", 3.0),
];

/// A recruiter writing for a client.
#[rustfmt::skip]
pub(super) const CLIENT_CUES: &[&str] = &[
    "nuestro cliente", "mi cliente", "nuestra cliente", "nuestros clientes", "el cliente", "del cliente", "al cliente",
    "la empresa cliente", "la empresa ", "en nombre de", "consultora de selección", "headhunter",
];

/// Cues a role follows, with their weight.
#[rustfmt::skip]
pub(super) const ROLE_CUES: &[(&str, f32)] = &[
    ("programa de ", 2.5), ("puesto de ", 3.0), ("vacante de ", 3.0), ("posición de ", 3.0),
    ("cargo de ", 3.0), ("oferta de ", 2.5), ("oferta ", 2.0), ("plaza de ", 2.5),
    ("proceso de selección para el puesto de ", 3.0), ("proceso de selección de ", 2.0),
    ("proceso de selección para ", 2.5),
    ("proceso de ", 2.0), ("candidatura para ", 1.5), ("candidatura a ", 2.0),
    ("postularte como ", 3.0), ("la vacante ", 2.5), ("postulación a ", 2.5),
    ("postulación para ", 2.5),
    ("postularse como ", 3.0), ("como ", 2.0),
];

/// Nouns a role comes before ("the … position").
pub(super) const ROLE_NOUNS: &[&str] = &[];

/// Words before "<role> position".
pub(super) const ROLE_DETERMINERS: &[&str] = &[];

/// "Role:" at the start of a line.
#[rustfmt::skip]
pub(super) const ROLE_KEYS: &[&str] = &[
    "puesto:", "vacante:", "posición:", "cargo:", "oferta:",
];

/// Job titles' word stems (lowercase).
#[rustfmt::skip]
pub(super) const ROLE_WORDS: &[&str] = &[
    "analista", "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "técnico", "técnica",
    "consultor", "consultora", "jefe", "jefa", "director", "directora", "responsable", "gerente",
    "coordinador", "coordinadora", "supervisor", "supervisora", "administrativo", "administrativa",
    "agente", "asistente", "auxiliar", "becario", "becaria", "cajero", "cajera", "reponedor",
    "comercial", "ejecutivo", "ejecutiva", "especialista", "diseñador", "diseñadora",
    "programador", "programadora", "contable", "enfermero", "enfermera", "profesor", "profesora",
    "operario", "operaria", "dependiente", "camarero", "cocinero", "abogado", "abogada",
    "redactor", "arquitecto", "científico", "vendedor", "vendedora", "mecánico", "conductor",
    "recepcionista", "product", "owner",
    "ayudante", "peluquero", "estilista", "conserje", "vigilante", "socorrista", "cuidador",
    "cuidadora", "niñera", "chófer", "transportista", "carretillero", "almacenero", "encargado",
    "encargada", "aprendiz", "practicante", "odontólogo", "dentista", "veterinario",
    "nutricionista", "logopeda", "terapeuta", "maestro", "maestra", "docente", "formador",
    "formadora", "orientador", "asesor", "asesora", "delineante", "topógrafo", "interiorista",
    "maquetador", "camarera",
    "maquinista", "mozo", "limpiador", "repartidor", "electricista", "fontanero", "soldador", "carpintero", "peón", "albañil", "farmacéutico", "médico", "psicólogo", "fisioterapeuta", "educador", "monitor", "traductor", "periodista", "fotógrafo", "azafata", "piloto", "dependiente", "tramitador", "gestor", "teleoperador", "desarrollador", "investigador", "becario",
];

/// Titles may be written in lowercase after a cue.
pub(super) const ROLE_LOWERCASE: bool = true;

/// Lowercase words that end a role.
#[rustfmt::skip]
pub(super) const ROLE_STOPS: &[&str] = &[
    "en", "para", "con", "y", "que", "dentro", "del", "a", "es", "ha", "hemos", "nos", "te", "le",
    "por", "tras", "aquí", "se",
    "el", "los", "las", "un", "una",
    "fue", "fueron", "será", "está", "han",
    "publicada", "publicado", "ofertada", "ofertado", "disponible", "actualmente", "abierta",
    // Verbs a title runs into: "…Analista de Riesgos Sr. requiere…".
    "requiere", "busca", "buscamos", "necesita", "incluye", "tiene", "exige", "implica",
];

/// Lowercase words allowed inside a name.
#[rustfmt::skip]
pub(super) const JOINERS: &[&str] = &[
    "&", "y", "de", "del", "la", "las", "los", "e", "+",
];

/// Greetings.
#[rustfmt::skip]
pub(super) const GREETINGS: &[&str] = &[
    "hola", "estimado", "estimada", "estimado/a", "estimados", "buenos días", "buenas tardes",
    "querido", "querida", "saludos",
];

/// Closings.
#[rustfmt::skip]
pub(super) const SIGN_OFFS: &[&str] = &[
    "atentamente", "saludos", "un saludo", "saludos cordiales", "un cordial saludo",
    "cordialmente", "un abrazo", "muchas gracias", "gracias", "un saludo cordial",
    "reciba un cordial saludo", "recibe un cordial saludo", "quedo atento", "quedo atenta",
    "mucha suerte",
];

/// Team and department words around a company's name.
#[rustfmt::skip]
pub(super) const TEAM_WORDS: &[&str] = &[
    "equipo de selección", "equipo de talento", "equipo de reclutamiento",
    "equipo de recursos humanos", "equipo de personas", "equipo",
    "departamento de recursos humanos", "departamento de selección", "departamento de personas",
    "recursos humanos", "selección", "reclutamiento", "atracción de talento", "talento",
    "talent acquisition", "people & culture", "personas", "rrhh", "rr.hh.", "el", "la", "de",
    "portal de empleo", "portal del candidato", "bolsa de empleo", "empleo", "departamento",
    "gerencia de personas", "gerencia de recursos humanos", "gerencia de talento", "gerencia",
];

/// Capitalised words that never start or continue a name.
#[rustfmt::skip]
pub(super) const NOT_NAMES: &[&str] = &[
    "Hola", "Estimado", "Estimada", "Estimado/a", "Gracias", "Lamentablemente", "Nos", "Te", "Le",
    "Su", "Tu", "Tus", "Sus", "Hemos", "El", "La", "Los", "Las", "Un", "Una", "Saludos",
    "Atentamente", "Muchas", "Desafortunadamente", "Tras", "Después", "Queremos", "Puesto",
    "Vacante", "Candidatura", "Proceso", "Equipo", "Asunto", "De", "Para", "Fecha", "Enviado",
    "Nuestro", "Nuestra", "Este", "Esta", "Si", "Como", "Enhorabuena", "Felicidades", "Entrevista",
    "Oferta", "Invitación",
];

/// Words that make a phrase generic, not a name.
#[rustfmt::skip]
pub(super) const GENERIC: &[&str] = &[
    "privacidad",
    "proceso", "candidatura", "tu", "su", "oferta", "invitación", "entrevista", "resultado",
    "selección", "feedback", "actualización", "puesto", "vacante", "siguiente", "paso", "estado",
    "confirmación", "recursos", "humanos", "empleo", "prueba", "técnica", "respuesta", "portal",
    "prácticas", "programa", "becas", "convocatoria", "citación", "cita", "recordatorio",
    "llamada", "segunda", "primera", "técnica", "final", "buenas", "noticias", "gracias",
    "oportunidad", "departamento", "indefinido", "temporal", "novedades", "boletín",
    "gerencia",
    "referencia", "ref", "código", "codigo", "nº",
];
