//! Portuguese (Brazilian): what an email decides, and its stages.

/// Short common words that tell the language.
#[rustfmt::skip]
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "o", "os", "as", "que", "não", "você", "sua", "seu", "para", "com", "uma", "um", "do", "da",
    "dos", "das", "na", "no", "vaga", "processo", "seletivo", "obrigado", "obrigada",
    "infelizmente", "agradecemos", "nós", "em", "é", "muito", "atenciosamente", "abraço",
    "abraços", "etapa", "olá", "oi", "te", "seus", "suas", "nossa", "nosso",
];

/// A decision against the candidate.
#[rustfmt::skip]
pub(super) const REJECTION: &[&str] = &[
    "não seguirá", "não seguiremos", "não vamos seguir", "não iremos seguir", "não seguir com",
    "não avançará", "não avançar", "não avançou", "não foi selecionad", "não foi aprovad",
    "não foi possível seguir", "outro candidato", "outra candidata", "outros candidatos",
    "outras candidatas", "outro perfil", "outros perfis", "optamos por seguir",
    "decidimos seguir com", "decidimos não", "não prosseguir", "não dar continuidade",
    "vaga foi preenchida", "vaga já foi preenchida", "vaga foi encerrada", "não está mais",
    "não continuará", "reprovad", "seu perfil não", "não avançaremos", "não prosseguiremos",
    "encerramos o processo", "não foi aprovad", "não passou", "não iremos prosseguir",
    "não vamos prosseguir", "não iremos avançar", "não vamos avançar", "não iremos dar seguimento",
    "não daremos seguimento", "não vamos dar seguimento", "não podemos avançar",
    "não podemos prosseguir", "não podemos seguir", "não foi selecionada", "não foi escolhid",
    "seguir com outra", "seguir com outro", "não avançará",
    "decidimos por outro", "decidimos por outra", "optamos por outro", "optamos por outra",
    "escolhemos outro", "escolhemos outra", "não está alinhad", "não atende", "não corresponde",
    "dar continuidade com outr", "encerrar sua participação",
    // "você não foi classificado(a) para a próxima fase"; from Portugal:
    // "não a vão chamar para entrevista", "decidiram avançar apenas com".
    "não foi classificad", "não a vão chamar", "não o vão chamar", "não vão chamar",
    "decidiram avançar apenas com", "não trazer melhores notícias", "não ter melhores notícias",
    // "optamos por dar continuidade ao processo com outros participantes".
    "dar continuidade ao processo com outr", "continuidade com outros participantes",
];

/// Read as a rejection only when nothing invites or offers.
#[rustfmt::skip]
pub(super) const REJECTION_WEAK: &[&str] = &[
    "infelizmente",
];

/// Phrases with a rejection cue inside that are no rejection.
/// "você e outros candidatos vão resolver um desafio": others in the same step.
pub(super) const NOT_REJECTION: &[&str] = &[
    "e outros candidatos",
    "em grupo com outros candidatos",
    "e outras candidatas",
    "com outros candidatos vão",
    "junto com outros candidatos",
    "junto com outras candidatas",
    // "o Banco de Talentos não corresponde a uma vaga aberta".
    "não corresponde a uma vaga",
];

/// An offer, written or spoken.
#[rustfmt::skip]
pub(super) const OFFER: &[&str] = &[
    "fazer uma proposta", "proposta de trabalho", "proposta de emprego", "carta-oferta",
    "carta oferta", "temos o prazer de oferecer", "gostaríamos de oferecer", "oferecer a vaga",
    "oferecer a posição", "bem-vindo ao time", "bem-vinda ao time", "bem-vindo à equipe",
    "bem-vinda à equipe",
    "oferecer a você", "oferecer-lhe", "propor a função", "propor-lhe", "lhe propor",
    "carta proposta", "documentos para admissão", "exame admissional", "documentação admissional",
    "queremos você", "queremos te ter", "queremos ter você",
    "nossa proposta", "proposta salarial", "proposta formal", "proposta de contratação",
    "apresentar a proposta", "carta de oferta",
];

/// Phrases with an offer cue inside that are no offer.
#[rustfmt::skip]
pub(super) const NOT_OFFER: &[&str] = &[
    "não podemos oferecer", "não foi aprovad",
];

/// An invitation to a next step.
#[rustfmt::skip]
pub(super) const INVITE: &[&str] = &[
    "lembrete", "sua entrevista será", "sua entrevista está", "nos vemos", "convidar você",
    "gostaríamos de te convidar", "te convidamos", "convidá-lo", "convidá-la", "te convidar",
    "convite para", "convidamos", "gostaríamos de agendar", "agendar uma", "agendar um",
    "escolha um horário", "escolher um horário", "teria disponibilidade", "sua disponibilidade",
    "marcar uma entrevista", "marcar uma conversa", "marcar um horário", "marcar um bate-papo",
    "tem disponibilidade", "queremos marcar", "gostaríamos de marcar", "podemos marcar",
    "de o convidar", "de a convidar", "convidar para",
    "você consegue", "você avançou", "avançou para", "confirme sua presença",
    "confirmar sua presença",
    "participar de uma entrevista", "participar da entrevista", "vamos agendar", "bater um papo",
    "podemos conversar", "vamos conversar",
    // "gostaríamos muito de a conhecer pessoalmente", "sessões de entrevista".
    "de a conhecer", "de o conhecer", "conhecer pessoalmente", "sessões de entrevista",
    "horário que prefere", "horário que preferir",
];

/// Weaker invitations, ignored after a condition ("if you are selected…").
#[rustfmt::skip]
pub(super) const INVITE_WEAK: &[&str] = &[
    "próxima etapa", "próximas etapas", "próxima fase",
];

/// Words of a condition.
#[rustfmt::skip]
pub(super) const CONDITIONS: &[&str] = &[
    " se ", " caso ", " quando ", " na ausência", " sem resposta", " sem retorno",
];

/// "We received your application."
#[rustfmt::skip]
pub(super) const ACK: &[&str] = &[
    "recebemos sua candidatura", "recebemos seu currículo", "recebemos a sua candidatura",
    "recebemos o seu currículo", "candidatura foi recebida", "obrigado por se candidatar",
    "obrigada por se candidatar", "agradecemos sua candidatura", "irá analisá", "vai analisar",
    "analisaremos", "entraremos em contato", "confirmamos a receção", "confirmamos a recepção",
    "receção da sua candidatura", "recepção da sua candidatura", "recebemos a sua",
    "será analisada", "entraremos em contacto", "inscrição foi confirmada", "inscrição confirmada",
    "inscrição foi realizada", "candidatura foi registrada", "candidatura foi registada",
    "candidatura recebida", "currículo recebido", "retornaremos",
    "recebemos sua inscrição", "recebemos a sua inscrição",
];

/// The final round.
#[rustfmt::skip]
pub(super) const FINAL_ROUND: &[&str] = &[
    "entrevista final", "etapa final", "última etapa", "última entrevista", "fase final",
    "rodada final",
];

/// A test, case study or take-home task.
#[rustfmt::skip]
pub(super) const ASSESSMENT: &[&str] = &[
    "teste técnico", "desafio técnico", "desafio", "teste", "case", "dinâmica",
    "prova", "exercício", "assessment", "estudo de caso", "avaliação técnica", "avaliação online",
    "avaliação on-line", "avaliação de conhecimentos", "avaliação comportamental",
    "avaliações online",
];

/// An interview (or a meeting as good as one).
#[rustfmt::skip]
pub(super) const INTERVIEW: &[&str] = &[
    "entrevista", "entrevistas", "conversa com o time", "conversa com a equipe", "presencial",
    "painel", "bate-papo com", "pela conversa", "nossa conversa", "a conversa de",
];

/// A first call.
#[rustfmt::skip]
pub(super) const SCREENING: &[&str] = &[
    "entrevista por telefone", "conversa rápida", "conversa por telefone", "por telefone",
    "ligação", "bate-papo", "triagem", "primeira conversa", "videochamada",
    "conversa por vídeo", "conversa por video", "chamada de vídeo", "chamada de video",
    "conversa online", "um café",
    "entrevista com rh", "entrevista com o rh", "entrevista de rh", "entrevista com a equipe de rh",
    "conversa telefônica", "conversa telefonica", "entrevista telefônica", "entrevista telefonica",
];

/// A stage named right after these is still to come.
#[rustfmt::skip]
pub(super) const FUTURE: &[&str] = &[
    "convidar você para", "convidá-lo para", "para a próxima", "para a", "para uma",
];
