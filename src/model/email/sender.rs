//! Who sent it: the `From:` line's display name and address. The address's
//! domain names the employer unless it belongs to hiring software or a free
//! mail service (the lists below); a hiring software's address may still
//! carry the employer in a sub-domain ("acme.jobs.personio.de").

/// Domains of hiring software, job boards and mail services that send for
/// employers: never the employer.
#[rustfmt::skip]
pub const VENDOR_DOMAINS: &[&str] = &[
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "myworkdayjobs.com",
    "workday.com", "smartrecruiters.com", "smartrecruitersmail.com", "icims.com", "ashbyhq.com",
    "ashbymail.com", "teamtailor.com", "teamtailor-mail.com", "personio.de", "personio.com",
    "workable.com", "workablemail.com", "recruitee.com", "bamboohr.com", "jobvite.com",
    "jazzhr.com", "applytojob.com", "breezy.hr", "breezyhr.com", "successfactors.com",
    "successfactors.eu", "sapsf.com", "sapsf.eu", "taleo.net", "oraclecloud.com", "avature.net",
    "pinpointhq.com", "comeet.co", "comeet.com", "jobylon.com", "join.com", "softgarden.io",
    "softgarden.de", "dvinci.de", "dvinci-hr.com", "rexx-systems.com", "umantis.com",
    "concludis.de", "onlyfy.io", "prescreen.io", "gupy.io", "gupy.com.br", "kenoby.com",
    "solides.jobs", "solides.com.br", "pandape.com.br", "infojobs.net", "infojobs.com.br",
    "indeed.com", "indeedemail.com", "linkedin.com", "glassdoor.com", "stepstone.de", "xing.com",
    "monster.com", "ziprecruiter.com", "hellowork.com", "welcomekit.co", "welcometothejungle.com",
    "cornerstoneondemand.com", "csod.com", "phenompeople.com", "eightfold.ai", "paradox.ai",
    "beamery.com", "gem.com", "jobscore.com", "recruiterbox.com", "zohorecruit.com", "manatal.com",
    "freshteam.com", "homerun.co", "factorial.co", "factorialhr.com", "bizneo.com",
    "talentclue.com", "hiringroom.com", "kombo.dev", "wellfound.com", "otta.com", "hired.com",
    "sendgrid.net", "mailgun.org", "amazonses.com", "mandrillapp.com", "mcsv.net", "mailchimp.com",
    "hubspotemail.net", "sparkpostmail.com", "postmarkapp.com", "exacttarget.com", "calendly.com",
    "typeform.com", "sparkhire.com", "hirevue.com", "modernhire.com", "harver.com",
    "testgorilla.com", "hackerrank.com", "codility.com", "codesignal.com", "coderbyte.com",
    "willo.video", "vidcruiter.com", "spark-hire.com", "trac.jobs", "jobtrain.co.uk",
    "tal.net", "oleeo.com", "hirehive.com", "teamtailor.eu", "recruitee.eu", "lever.com",
    "workday.eu", "dover.com", "rippling.com", "gusto.com", "bamboohr.eu", "pinpoint.eu",
    "ultipro.com", "ukg.com", "ukg.net", "dayforcehcm.com", "ceridian.com", "paylocity.com",
    "paycomonline.net", "adp.com", "brassring.com", "kenexa.com", "jobdiva.com", "bullhorn.com",
    "taleez.com", "flatchr.io", "rexx-recruitment.com", "digitalrecruiters.com", "talentsoft.com",
    "beetween.com", "jobaffinity.fr", "werecruit.io", "cvwarehouse.com", "emply.com",
    "heyrecruit.de", "coveto.de",
];

/// Job boards: their mail is about many employers' jobs.
#[rustfmt::skip]
const JOB_BOARDS: [&str; 22] = [
    "linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "stepstone.de", "xing.com",
    "monster.com", "ziprecruiter.com", "infojobs.net", "infojobs.com.br", "hellowork.com",
    "welcometothejungle.com", "welcomekit.co", "otta.com", "wellfound.com", "hired.com",
    "jobteaser.com", "reed.co.uk", "totaljobs.com", "cv-library.co.uk", "seek.com.au",
    "catho.com.br",
];

/// Words of an alert service's display name.
#[rustfmt::skip]
const DIGEST_WORDS: [&str; 8] = [
    "alerts", "alert", "digest", "jobalerts", "jobagent", "jobmail", "jobletter",
    "stellenangebote",
];

/// Free mail services: a person's own address, no employer.
#[rustfmt::skip]
pub const FREE_MAIL: &[&str] = &[
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr",
    "hotmail.de", "hotmail.es", "hotmail.it", "live.com", "live.fr", "live.de", "msn.com",
    "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.com.br", "ymail.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.de",
    "gmx.net", "gmx.com", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de",
    "mailbox.org", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "neuf.fr",
    "bbox.fr", "yandex.ru", "yandex.com", "mail.ru", "zohomail.com", "uol.com.br", "bol.com.br",
    "terra.com.br", "ig.com.br", "globo.com", "r7.com", "libero.it", "virgilio.it",
    "telefonica.net", "movistar.es", "hey.com", "fastmail.com", "tutanota.com", "qq.com",
    "163.com", "naver.com", "btinternet.com", "sky.com", "virginmedia.com", "comcast.net",
    "verizon.net", "att.net", "example.com", "example.org", "example.net",
];

/// Second-level suffixes: the name is the label before them ("acme.co.uk").
#[rustfmt::skip]
const SUFFIXES: [&str; 29] = [
    "co", "com", "org", "net", "ac", "gov", "gob", "edu", "ltd", "plc", "nhs", "gv", "or", "ne",
    "go", "me", "coop", "ind", "art", "eng", "adv", "med", "eco", "tur", "gouv", "asso", "nom",
    "sch", "police",
];

/// Address labels that name no one ("careers.acme.com", "us.greenhouse-mail.io").
#[rustfmt::skip]
const GENERIC_LABELS: [&str; 30] = [
    "www", "mail", "email", "emails", "e", "em", "mx", "smtp", "send", "bounce", "reply", "us",
    "eu", "uk", "de", "jobs", "job", "careers", "career", "hire", "talent", "app", "apps",
    "recruiting", "notifications", "candidates", "boards", "apply", "vagas", "karriere",
];

/// Local parts of role addresses (not a person's).
#[rustfmt::skip]
const ROLE_ADDRESSES: [&str; 54] = [
    "no-reply", "noreply", "donotreply", "do-not-reply", "careers", "career", "jobs", "job",
    "recruiting", "recruitment", "talent", "hr", "people", "hiring", "hello", "info", "team",
    "contact", "apply", "applications", "notification", "notifications", "karriere", "bewerbung",
    "personal", "seleccion", "empleo", "rrhh", "talento", "reclutamiento", "recrutement", "rh",
    "emploi", "vagas", "talentos", "recrutamento", "naoresponda", "autoreply", "alerts", "office",
    "gente", "pessoas", "selecao", "earlycareers", "campus", "graduate", "resourcing",
    "talentacquisition", "staffing", "invitations", "empleos", "stellen", "carreiras", "carrieres",
];

/// A `From:` line taken apart.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Sender<'a> {
    /// The display name, without quotes ("Acme Careers").
    pub name: &'a str,
    pub local: &'a str,
    pub domain: &'a str,
}

pub(super) fn parse(from: &str) -> Sender<'_> {
    let from = from.trim();
    let open = from.find('<');
    let close = open.and_then(|a| from[a..].find('>').map(|b| a + b));
    let (name, addr) = match (open, close) {
        (Some(a), Some(b)) => (&from[..a], &from[a + 1..b]),
        _ if from.contains('@') && !from.contains(' ') => ("", from),
        _ => (from, ""),
    };
    let name = name.trim().trim_matches(['"', '\'']).trim();
    let addr = addr.trim().trim_start_matches("mailto:");
    let (local, domain) = addr.split_once('@').unwrap_or(("", ""));
    let domain = domain.trim_end_matches(['.', ' ']);
    let plain = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '+'))
    };
    if !plain(domain) || !plain(local) {
        return Sender {
            name,
            ..Sender::default()
        };
    }
    Sender {
        name,
        local,
        domain,
    }
}

impl<'a> Sender<'a> {
    /// "Noor at Ferncastle <noor@ferncastle.com>": the person whose address
    /// it is, then (as the second value) the firm's name after them. Not
    /// from free mail ("Jamie at Work <jamie@gmail.com>").
    pub fn person_at_firm(&self) -> Option<(&'a str, &'a str)> {
        let base = self.local_base();
        if base.is_empty() || self.is_free_mail() {
            return None;
        }
        [" at ", " from ", " | ", " - "].iter().find_map(|sep| {
            let (who, firm) = self.name.split_once(sep)?;
            (who.trim().to_lowercase() == base).then(|| (who.trim(), firm.trim()))
        })
    }
}

impl Sender<'_> {
    /// Whether the address is a role's ("careers@", "no-reply@") or hiring software's.
    pub fn is_role_address(&self) -> bool {
        let local = self.local.to_ascii_lowercase();
        let base = local.split(['+', '.']).next().unwrap_or("");
        ROLE_ADDRESSES.contains(&base)
            || ROLE_ADDRESSES.iter().any(|r| {
                // "careers-uk@", "hrteam@", but not "rhys@" or "jobson@".
                local.strip_prefix(r).is_some_and(|rest| {
                    r.len() >= 4
                        || !rest.starts_with(|c: char| c.is_ascii_alphabetic())
                        || ROLE_ADDRESSES.contains(&rest)
                })
            })
            || self.is_vendor()
    }

    pub fn is_vendor(&self) -> bool {
        registrable(self.domain).is_some_and(vendor)
    }

    /// A job board's or an alert service's mail ("LinkedIn Job Alerts",
    /// "JobFinder Alerts"): other employers' jobs, not one's own.
    pub fn is_digest(&self) -> bool {
        let board = registrable(self.domain).is_some_and(|d| {
            JOB_BOARDS.contains(&d)
                || d.split('.')
                    .next()
                    .is_some_and(|l| BOARD_NAMES.contains(&l))
        });
        let name = self.name.to_lowercase();
        board
            || name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| DIGEST_WORDS.contains(&w))
    }

    pub fn is_free_mail(&self) -> bool {
        registrable(self.domain).is_some_and(|d| FREE_MAIL.contains(&d))
    }

    /// The address's first part, lowercase: "mira" for "mira.k@…".
    pub fn local_base(&self) -> String {
        let local = self.local.to_lowercase();
        local
            .split(['.', '_', '-', '+'])
            .next()
            .unwrap_or("")
            .to_string()
    }

    /// Whether the display name is the person's own (the address spells a
    /// part of it: "Jenna Ortiz <jenna.ortiz@…>", "Javier Ortega <jortega@…>").
    pub fn name_is_person(&self) -> bool {
        if self.is_role_address() || self.name.is_empty() {
            return false;
        }
        let local: String = self
            .local
            .to_lowercase()
            .chars()
            .map(super::names::fold)
            .collect();
        let generic = super::tables::generic_words();
        let base = local.split(['.', '+', '_', '-']).next().unwrap_or("");
        if self.name.split([' ', '-']).any(|w| {
            w.chars().count() >= 2
                && w.to_lowercase() == base
                && !generic.contains(base)
                && !super::tables::role_word_set().contains(base)
        }) {
            // "Jo <jo@…>"
            return true;
        }
        self.name
            .split([' ', '-'])
            .filter(|w| w.chars().count() >= 3 && !generic.contains(&w.to_lowercase()))
            .flat_map(|w| {
                let low = w.to_lowercase();
                // "Krüger" is "kruger" or "krueger" in an address.
                let german = low
                    .replace('ä', "ae")
                    .replace('ö', "oe")
                    .replace('ü', "ue")
                    .replace('ß', "ss");
                [
                    low.chars().map(super::names::fold).collect::<String>(),
                    german,
                ]
            })
            .any(|w| local.contains(&w))
    }

    /// The organisation's label of the domain, when it may be the employer:
    /// "careers.blue-harbor.com" → "blue-harbor"; for hiring software the
    /// label before it ("nordwerk-systems.jobs.personio.de"), if any.
    pub fn org_label(&self) -> Option<&str> {
        let domain = self.domain;
        if domain.is_empty() || self.is_free_mail() {
            return None;
        }
        let reg = registrable(domain)?;
        let labels: Vec<&str> = domain[..domain.len() - reg.len()]
            .trim_end_matches('.')
            .split('.')
            .filter(|l| !l.is_empty())
            .collect();
        if vendor(reg) {
            return labels
                .iter()
                .rev()
                .find(|l| {
                    !GENERIC_LABELS.contains(&l.to_ascii_lowercase().as_str())
                        && !l.chars().any(|c| c.is_ascii_digit())
                })
                .copied()
                .filter(|l| l.len() >= 3);
        }
        reg.split('.').next().filter(|l| l.len() >= 2)
    }
}

/// Job boards by their domain's name, whatever the country's ending.
#[rustfmt::skip]
const BOARD_NAMES: [&str; 30] = [
    "computrabajo", "infojobs", "indeed", "linkedin", "stepstone", "xing", "hellowork", "apec",
    "catho", "vagas", "bumeran", "zonajobs", "occmundial", "laborum", "jobteaser", "glassdoor",
    "monster", "totaljobs", "reed", "seek", "jobindex", "welcometothejungle", "meteojob",
    "cadremploi", "infoempleo", "tecnoempleo", "jobandtalent", "jooble", "adzuna", "indeedemail",
];

/// A hiring software's registrable domain, or its mail domain
/// ("workablemail.com", "acme-mail.io" for "acme.io").
fn vendor(reg: &str) -> bool {
    if VENDOR_DOMAINS.contains(&reg) {
        return true;
    }
    let Some((label, _)) = reg.split_once('.') else {
        return false;
    };
    // A job board under any of its country domains ("computrabajo.com.mx").
    if BOARD_NAMES.contains(&label) {
        return true;
    }
    // Hiring software by its name's own word ("example-ats.io",
    // "talent-hris.com"): a tool's address, not an employer's.
    if label
        .split('-')
        .skip(1)
        .any(|w| ["ats", "hris", "mailer", "notify"].contains(&w))
    {
        return true;
    }
    let bare = ["-email", "-mail", "email", "mail"]
        .iter()
        .find_map(|m| label.strip_suffix(m))
        .filter(|b| b.len() >= 3);
    bare.is_some_and(|b| {
        VENDOR_DOMAINS
            .iter()
            .any(|v| v.split_once('.').is_some_and(|(l, _)| l == b))
    })
}

/// The registrable part of a domain: "mail.acme.co.uk" → "acme.co.uk".
pub(super) fn registrable(domain: &str) -> Option<&str> {
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return None;
    }
    let n = labels.len();
    let take = if n >= 3 && SUFFIXES.contains(&labels[n - 2]) && labels[n - 1].len() == 2 {
        3
    } else {
        2
    };
    let skip: usize = labels[..n - take].iter().map(|l| l.len() + 1).sum();
    domain.get(skip..)
}

/// The one rule by which a name comes from a domain: hyphens and dots
/// become spaces, each word capitalised ("blue-harbor" → "Blue Harbor");
/// a label run together is split off an organisation's word at its end or
/// start ("harrowgatefoods" → "Harrowgate Foods", "grupoalba" → "Grupo Alba").
pub fn name_from_domain(label: &str) -> String {
    // "helmsleyhq" → "helmsley": a word a company adds to its name's domain.
    let label = ["hq", "app", "inc", "jobs", "careers"]
        .iter()
        .find_map(|t| {
            label
                .strip_suffix(t)
                .filter(|b| b.len() >= 4 && !b.ends_with('-'))
        })
        .unwrap_or(label);
    let split = split_org_word(label);
    let label = split.as_deref().unwrap_or(label);
    label
        .split(['-', '.', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(first) => first.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "harrowgatefoods" → "harrowgate foods": a lowercase label without
/// hyphens that ends (or starts) with an organisation's word of four
/// letters or more, the rest being three (four) letters or more; and
/// "tallowandpine" → "tallow & pine" (four letters or more each side,
/// not "…land", "…rand", "…hand", "…sand", "…band").
fn split_org_word(label: &str) -> Option<String> {
    if !label.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let and = label.match_indices("and").find(|(i, _)| {
        let (head, tail) = (&label[..*i], &label[i + 3..]);
        head.len() >= 4 && tail.len() >= 4 && !head.ends_with(['l', 'r', 'h', 's', 'b'])
    });
    if let Some((i, _)) = and {
        return Some(format!("{} & {}", &label[..i], &label[i + 3..]));
    }
    let words = super::tables::ORG_WORDS
        .iter()
        .filter(|w| w.len() >= 4 && w.chars().all(|c| c.is_ascii_lowercase()));
    let mut best: Option<(usize, String)> = None;
    for w in words {
        let found = match label.strip_suffix(w) {
            Some(head) if head.len() >= 3 => Some(format!("{head} {w}")),
            _ => match label.strip_prefix(w) {
                Some(rest) if rest.len() >= 4 => Some(format!("{w} {rest}")),
                _ => None,
            },
        };
        if let Some(f) = found.filter(|_| best.as_ref().is_none_or(|(n, _)| w.len() > *n)) {
            best = Some((w.len(), f));
        }
    }
    best.map(|(_, f)| f)
}
