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
    "typeform.com",
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
const SUFFIXES: [&str; 27] = [
    "co", "com", "org", "net", "ac", "gov", "gob", "edu", "ltd", "plc", "nhs", "gv", "or", "ne",
    "go", "me", "coop", "ind", "art", "eng", "adv", "med", "eco", "tur", "gouv", "asso", "nom",
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
const ROLE_ADDRESSES: [&str; 43] = [
    "no-reply", "noreply", "donotreply", "do-not-reply", "careers", "career", "jobs", "job",
    "recruiting", "recruitment", "talent", "hr", "people", "hiring", "hello", "info", "team",
    "contact", "apply", "applications", "notification", "notifications", "karriere", "bewerbung",
    "personal", "seleccion", "empleo", "rrhh", "talento", "reclutamiento", "recrutement", "rh",
    "emploi", "vagas", "talentos", "recrutamento", "naoresponda", "autoreply", "alerts", "office",
    "gente", "pessoas", "selecao",
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

impl Sender<'_> {
    /// Whether the address is a role's ("careers@", "no-reply@") or hiring software's.
    pub fn is_role_address(&self) -> bool {
        let local = self.local.to_ascii_lowercase();
        let base = local.split(['+', '.']).next().unwrap_or("");
        ROLE_ADDRESSES.contains(&base)
            || ROLE_ADDRESSES.iter().any(|r| local.starts_with(r))
            || self.is_vendor()
    }

    pub fn is_vendor(&self) -> bool {
        registrable(self.domain).is_some_and(|d| VENDOR_DOMAINS.contains(&d))
    }

    pub fn is_free_mail(&self) -> bool {
        registrable(self.domain).is_some_and(|d| FREE_MAIL.contains(&d))
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
        self.name
            .split([' ', '-'])
            .filter(|w| w.chars().count() >= 3 && !generic.contains(&w.to_lowercase()))
            .map(|w| {
                w.to_lowercase()
                    .chars()
                    .map(super::names::fold)
                    .collect::<String>()
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
        if VENDOR_DOMAINS.contains(&reg) {
            return labels
                .iter()
                .rev()
                .find(|l| !GENERIC_LABELS.contains(&l.to_ascii_lowercase().as_str()))
                .copied()
                .filter(|l| l.len() >= 3);
        }
        reg.split('.').next().filter(|l| l.len() >= 2)
    }
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
/// become spaces, each word capitalised ("blue-harbor" → "Blue Harbor").
pub fn name_from_domain(label: &str) -> String {
    label
        .split(['-', '.', '_'])
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
