//! Portuguese (Brazilian): where names are, and words that are none.

/// Cues a company's name follows, with their weight.
#[rustfmt::skip]
pub(super) const COMPANY_CUES: &[(&str, f32)] = &[
    ("publicada por ", 3.0), ("publicado por ", 3.0), ("divulgada por ", 3.0),
    ("a empresa ", 3.5), ("nosso cliente, ", 4.0), ("meu cliente, ", 4.0), ("cliente, ", 3.0),
    ("nosso cliente ", 3.0), ("nossa cliente ", 3.0), ("meu cliente ", 3.0),
    ("interesse em fazer parte do time da ", 3.0), ("interesse em fazer parte da ", 3.0),
    ("interesse em fazer parte do ", 3.0), ("interesse em trabalhar na ", 3.0),
    ("interesse em trabalhar no ", 3.0), ("interesse na ", 3.0), ("interesse no ", 3.0),
    ("interesse pela ", 3.0), ("interesse pelo ", 3.0), ("fazer parte do time da ", 3.0),
    ("fazer parte da ", 3.0), ("aqui na ", 3.0), ("aqui no ", 3.0), ("candidatura na ", 3.0),
    ("candidatura no ", 3.0), ("time da ", 2.5), ("equipe da ", 2.5), ("na empresa ", 3.0),
    ("na ", 1.5), ("no ", 1.0),
];

/// A recruiter writing for a client.
#[rustfmt::skip]
pub(super) const CLIENT_CUES: &[&str] = &[
    "nosso cliente", "meu cliente", "nossa cliente", "nossos clientes", "o cliente", "do cliente", "ao cliente",
    "a empresa ", "em nome de", "consultoria de recrutamento", "headhunter",
];

/// Cues a role follows, with their weight.
#[rustfmt::skip]
pub(super) const ROLE_CUES: &[(&str, f32)] = &[
    ("programa de ", 2.5), ("vaga de ", 3.0), ("vaga para ", 3.0), ("posição de ", 3.0),
    ("cargo de ", 3.0), ("processo seletivo para ", 2.0), ("processo para ", 2.0),
    ("candidatar à vaga de ", 3.0), ("oportunidade de ", 2.0), ("como ", 2.0),
    ("função de ", 3.0), ("posição de ", 3.0), ("vaga para o cargo de ", 3.0),
    ("vaga ", 2.0), ("para o ", 2.0), ("para a ", 2.0), ("ao cargo de ", 3.0),
    ("processo do ", 2.0), ("processo da ", 2.0),
    // "no processo de Analista de Dados Pleno", "processo de recrutamento
    // para Analista Financeiro(a) Júnior".
    ("processo de ", 2.0), ("recrutamento para ", 3.0), ("seleção para ", 3.0),
    ("para a posição de ", 3.0), ("à posição de ", 3.0), ("para a função de ", 3.0),
];

/// Nouns a role comes before ("the … position").
pub(super) const ROLE_NOUNS: &[&str] = &[];

/// Words before "<role> position".
pub(super) const ROLE_DETERMINERS: &[&str] = &[];

/// "Role:" at the start of a line.
#[rustfmt::skip]
pub(super) const ROLE_KEYS: &[&str] = &[
    "vaga:", "cargo:", "posição:", "função:",
];

/// Job titles' word stems (lowercase).
#[rustfmt::skip]
pub(super) const ROLE_WORDS: &[&str] = &[
    "analista", "desenvolvedor", "desenvolvedora", "engenheiro", "engenheira", "técnico",
    "técnica", "consultor", "consultora", "gerente", "coordenador", "coordenadora", "supervisor",
    "supervisora", "assistente", "auxiliar", "estagiário", "estagiária", "vendedor", "vendedora",
    "atendente", "especialista", "designer", "diretor", "diretora", "analista", "operador",
    "operadora", "recepcionista", "enfermeiro", "enfermeira", "professor", "professora",
    "motorista", "programador", "programadora", "contador", "contadora", "advogado", "advogada",
    "executivo", "executiva", "líder", "product", "owner", "cientista", "arquiteto", "arquiteta",
    "comprador", "compradora",
    "maquinista", "auxiliar", "eletricista", "mecânico", "soldador", "pedreiro", "farmacêutico", "médico", "psicólogo", "fisioterapeuta", "educador", "tradutor", "jornalista", "fotógrafo", "piloto", "repositor", "caixa", "garçom", "cozinheiro", "confeiteiro", "padeiro", "estoquista", "almoxarife", "técnico", "agente", "pesquisador", "estagiário", "aprendiz", "estágio",
    "ajudante", "conferente", "separador", "empacotador", "promotor", "promotora", "balconista",
    "vigilante", "porteiro", "zelador", "copeiro", "garçonete", "nutricionista", "dentista",
    "veterinário", "terapeuta", "fonoaudiólogo", "cuidador", "cuidadora", "docente", "instrutor",
    "instrutora", "gestor", "gestora", "encarregado", "encarregada", "desenhista", "projetista",
    "orçamentista", "representante", "rececionista", "trainee",
];

/// Titles may be written in lowercase after a cue.
pub(super) const ROLE_LOWERCASE: bool = true;

/// Lowercase words that end a role.
#[rustfmt::skip]
pub(super) const ROLE_STOPS: &[&str] = &[
    "na", "no", "em", "para", "com", "e", "que", "aqui", "da", "do", "a", "ao", "é", "foi", "nos",
    "nas", "pela", "pelo",
    "publicada", "divulgada", "aberta", "disponível", "anunciada", "atualmente",
    // A verb after the title: "…à vaga de Assistente de Logística possa ser avaliada".
    "possa", "possam", "seja", "será", "está", "pode", "ser",
];

/// Lowercase words allowed inside a name.
#[rustfmt::skip]
pub(super) const JOINERS: &[&str] = &[
    "&", "e", "de", "da", "do", "das", "dos", "+",
];

/// Greetings.
#[rustfmt::skip]
pub(super) const GREETINGS: &[&str] = &[
    "olá", "oi", "prezado", "prezada", "prezado(a)", "caro", "cara", "bom dia", "boa tarde",
    "boa noite", "querido", "querida",
];

/// Closings.
#[rustfmt::skip]
pub(super) const SIGN_OFFS: &[&str] = &[
    "atenciosamente", "abraços", "abraço", "um abraço", "att", "att.", "cordialmente", "obrigado",
    "obrigada", "até breve", "saudações", "beijos", "sucesso", "sucesso!", "grato", "grata",
    "muito obrigado", "muito obrigada", "com os melhores cumprimentos", "melhores cumprimentos",
    "cumprimentos", "com os meus cumprimentos", "saudações cordiais", "com estima",
    "abs", "bjs", "abçs",
];

/// Team and department words around a company's name.
#[rustfmt::skip]
pub(super) const TEAM_WORDS: &[&str] = &[
    "time de atração de talentos", "time de talentos", "time de pessoas", "time de recrutamento",
    "time de gente", "equipe de recrutamento", "equipe de talentos", "equipe de rh",
    "equipe de recursos humanos", "equipe de pessoas", "equipe", "time", "recursos humanos",
    "recrutamento e seleção", "recrutamento", "atração de talentos", "talentos", "pessoas",
    "gente e gestão", "rh", "people", "de", "da", "do", "departamento de recursos humanos",
    "departamento de rh", "departamento de pessoas", "departamento", "carreiras", "vagas",
    "portal de vagas",
];

/// Capitalised words that never start or continue a name.
#[rustfmt::skip]
pub(super) const NOT_NAMES: &[&str] = &[
    "Olá", "Oi", "Prezado", "Prezada", "Obrigado", "Obrigada", "Infelizmente", "Agradecemos",
    "Nós", "Você", "Seu", "Sua", "Nosso", "Nossa", "Após", "Atenciosamente", "Abraços", "Abraço",
    "Equipe", "Time", "Vaga", "Processo", "Assunto", "De", "Para", "Data", "Enviado", "Parabéns",
    "Gostaríamos", "Queremos", "Que", "Segue", "Caso", "Se", "Sucesso", "Beijos", "Entrevista",
    "Proposta", "Convite", "Retorno", "Olha", "Conforme", "Este", "Esta",
];

/// Words that make a phrase generic, not a name.
#[rustfmt::skip]
pub(super) const GENERIC: &[&str] = &[
    "privacidade",
    "atualização", "sobre", "sua", "candidatura", "vaga", "processo", "seletivo", "retorno",
    "proposta", "convite", "entrevista", "próxima", "etapa", "feedback", "resultado", "recebemos",
    "trabalho", "final", "estágio", "estagio", "programa", "trainee", "lembrete", "confirmação",
    "agendamento", "dinâmica", "teste", "desafio", "boas", "notícias", "obrigado", "obrigada",
    "parabéns", "gente", "gestão", "oportunidade", "departamento", "novidades", "clt", "pj",
    "carreiras", "vagas",
    "referência", "código", "nº",
];
