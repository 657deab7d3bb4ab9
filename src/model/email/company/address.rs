//! The sender's display name and address: the organisation's name as
//! shown, and the domain matched against names in the text (or made into
//! one by [`name_from_domain`]).

use super::super::names::fold;
use super::super::names::is_generic;
use super::super::sender::{name_from_domain, Sender};
use super::super::signature::person_like;
use super::super::Evidence;
use super::signature::whole_name;
use super::team::{agency_like, strip_team, titled};
use super::{acceptable, add, Ctx};
use crate::model::email::rank::Pool;

/// Display names of services, not employers ("JobFinder Alerts").
#[rustfmt::skip]
const SERVICE_WORDS: [&str; 8] = [
    "alerts", "alert", "notifications", "newsletter", "digest", "noreply", "no-reply", "updates",
];

/// Words for a family signing together ("Familie Brandt").
const FAMILY: [&str; 6] = ["familie", "family", "famille", "familia", "família", "fam."];

/// Programmes a display name may start with.
#[rustfmt::skip]
const PROGRAMMES: [&str; 14] = [
    "estágio", "estagio", "graduate", "graduates", "early", "campus", "internship", "internships",
    "trainee", "praktikum", "prácticas", "stage", "stages", "alternance",
];

/// Squashed forms of a name, to compare with an address's label:
/// "Cove & Compass" → "covecompass", "coveandcompass".
fn squashed(k: &str, value: &str) -> Vec<String> {
    let plain = k.replace(' ', "");
    let with_and: String = value
        .to_lowercase()
        .replace(['&', '+'], "and")
        .chars()
        .map(fold)
        .filter(|c| c.is_alphanumeric())
        .collect();
    let german: String = value
        .to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    vec![plain, with_and, german]
}

/// Words put before a name in a domain ("usebeacon.com", "getquill.io").
#[rustfmt::skip]
const DOMAIN_LEADS: [&str; 12] = [
    "use", "get", "try", "join", "hello", "go", "my", "meet", "with", "hey", "team", "the",
];

/// Words put after a name in a domain ("acmehq.com", "acmeapp.io").
#[rustfmt::skip]
const DOMAIN_TAILS: [&str; 12] = [
    "hq", "app", "inc", "team", "jobs", "careers", "group", "global", "online", "uk", "usa",
    "now",
];

/// Lowercase letters and digits only, accents folded ("Marlow's
/// Bakehouse" → "marlowsbakehouse"), as an address's label is written.
pub(super) fn flat(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(fold)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// How well an address's label matches a name: 2 the same, 1 close, 0 not.
fn label_match(label: &str, k: &str, value: &str) -> u8 {
    let label_key = flat(label);
    let forms = squashed(k, value);
    if forms.contains(&label_key) {
        return 2;
    }
    // "usebeacon" for Beacon, "getquill", "joinpebble", "acmehq", "acmeapp":
    // a product's name with a word every startup adds.
    let dressed = forms.iter().any(|f| {
        f.len() >= 4
            && (DOMAIN_LEADS
                .iter()
                .any(|p| label_key.strip_prefix(p) == Some(f.as_str()))
                || DOMAIN_TAILS
                    .iter()
                    .any(|t| label_key.strip_suffix(t) == Some(f.as_str())))
    });
    if dressed {
        return 2;
    }
    let near = forms.iter().any(|f| {
        f.len() >= 5
            && label_key.len() >= 5
            && (label_key.starts_with(f.as_str())
                || f.starts_with(&label_key)
                || (label_key.len() >= 6 && f.contains(&label_key)))
    });
    let parts: Vec<&str> = label.split(['-', '_']).filter(|p| p.len() >= 3).collect();
    let words: Vec<&str> = k.split(' ').collect();
    let shared = parts.iter().filter(|p| words.contains(p)).count();
    // "physio-rosengarten" for "Physiotherapie am Rosengarten": each part
    // of the label starts a word of the name…
    // …in either order ("ortlieb-maschinen" for "Maschinenfabrik Ortlieb").
    // …or a part spells a run of the name's words ("sierradegata" for
    // "Sierra de Gata"), or shares a long start with one of them
    // ("alimentacion" for "Alimentario").
    let spells_run = |p: &str| {
        (0..words.len()).any(|i| {
            (i + 2..=words.len().min(i + 4)).any(|j| p.len() >= 6 && words[i..j].concat() == p)
        })
    };
    let long_start = |p: &str| {
        p.len() >= 7
            && words.iter().any(|w| {
                w.len() >= 7 && p.chars().zip(w.chars()).take_while(|(a, b)| a == b).count() >= 6
            })
    };
    if parts.len() >= 2
        && parts.iter().any(|p| spells_run(p))
        && parts
            .iter()
            .all(|p| spells_run(p) || long_start(p) || words.iter().any(|w| w.starts_with(p)))
    {
        return 1;
    }
    let abridged = parts.len() >= 2
        && parts.iter().all(|p| words.iter().any(|w| w.starts_with(p)))
        && parts.iter().any(|p| {
            words
                .iter()
                .any(|w| w.starts_with(p) && w.len() >= p.len() + 3)
        });
    if abridged {
        return 1;
    }
    // "rioclaro-transportes" for "Transportes Rio Claro": each part of the
    // label spells a run of the name's words, all of them, in any order.
    if parts.len() >= 2 && reordered(&parts, &words) {
        return 2;
    }
    let first = words
        .first()
        .is_some_and(|w| w.len() >= 5 && label_key.starts_with(w));
    u8::from(near || (shared >= 2 || (shared == 1 && words.len() == 1)) || first)
}

/// Whether the label's parts spell runs of `words` that use each word once.
fn reordered(parts: &[&str], words: &[&str]) -> bool {
    let words: Vec<String> = words
        .iter()
        .map(|w| {
            w.chars()
                .map(fold)
                .filter(|c| c.is_alphanumeric())
                .collect()
        })
        .collect();
    let mut used = vec![false; words.len()];
    for p in parts {
        let run = (0..words.len()).find_map(|i| {
            let mut spelt = String::new();
            for (j, w) in words.iter().enumerate().skip(i) {
                if used[j] {
                    return None;
                }
                spelt.push_str(w);
                if spelt == *p {
                    return Some((i, j));
                }
                if !p.starts_with(&spelt) {
                    return None;
                }
            }
            None
        });
        let Some((i, j)) = run else { return false };
        used[i..=j].iter_mut().for_each(|u| *u = true);
    }
    used.iter().all(|u| *u)
}

/// The same name with a word's ending changed ("Stadtwerken Lindenau" for
/// "Stadtwerke Lindenau", "Lindners Hof"): as many words, each the same
/// or one the other's start but for two letters.
fn inflected(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    a != b
        && wa.len() == wb.len()
        && wa.iter().zip(&wb).all(|(x, y)| {
            let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            long.starts_with(short) && long.len() - short.len() <= 2 && short.len() >= 4 || x == y
        })
}

/// Of the names an address matches, the one it spells exactly takes in
/// those that only add words in front ("Inside Corvid Labs" for
/// corvidlabs.com, "Time de Tecnologia Pitanga" for pitanga.com.br):
/// a newsletter's or a team's words, not the employer's.
fn exact_takes_longer(pool: &mut Pool, found: &[(String, u8)]) {
    let exact: Vec<&String> = found
        .iter()
        .filter(|(_, m)| *m == 2)
        .map(|(k, _)| k)
        .collect();
    for (k, m) in found {
        if *m != 1 {
            continue;
        }
        let into = exact.iter().find(|e| {
            inflected(k, e)
                || k.ends_with(e.as_str())
                    && k.len() > e.len()
                    && k.as_bytes().get(k.len() - e.len() - 1) == Some(&b' ')
                    && k[..k.len() - e.len()]
                        .split(' ')
                        .filter(|w| !w.is_empty())
                        .count()
                        <= 3
        });
        if let Some(into) = into {
            pool.fold_into(k, into);
        }
    }
}

/// After names from the rest of the thread joined: a name the address
/// spells gains, and the name made from the address gives way to it.
pub(crate) fn rematch_address(pool: &mut Pool, s: &Sender) {
    let Some(label) = s.org_label() else { return };
    let found: Vec<(String, u8)> = pool
        .cands
        .iter()
        .filter(|c| !c.derived && !c.has(Evidence::SenderDomain))
        .map(|c| (c.key.clone(), label_match(label, &c.key, &c.value)))
        .filter(|(_, m)| *m > 0)
        .collect();
    for (k, m) in &found {
        pool.boost(k, Evidence::SenderDomain, if *m == 2 { 2.0 } else { 1.5 });
    }
    exact_takes_longer(pool, &found);
    if !found.is_empty() {
        pool.drop_derived();
    }
}

/// The sender's display name and address.
pub(super) fn sender(pool: &mut Pool, s: &Sender, ctx: &Ctx) {
    let tables = ctx.tables;
    let name = s.name;
    // "Recruitment on behalf of Marchbank District Council": the display
    // name says whom the mail is for.
    let low = name.to_lowercase();
    for cue in super::FOR_ANOTHER {
        let Some(at) = low.find(cue) else { continue };
        let rest = name.get(at + cue.len()..).unwrap_or("").trim_start();
        let rest = ["the ", "von ", "der ", "des "]
            .iter()
            .find_map(|a| rest.strip_prefix(a))
            .unwrap_or(rest);
        if let Some(n) = whole_name(rest, tables) {
            add(pool, n, Evidence::SenderName, 3.5, ctx);
        }
    }
    let service = SERVICE_WORDS
        .iter()
        .any(|w| name.to_lowercase().split(' ').any(|x| x == *w));
    // "InfoJobs", "Indeed Apply", "LinkedIn" from their own domains: the
    // service's name, not the employer's.
    let vendor_named = s.is_vendor()
        && super::super::sender::registrable(s.domain).is_some_and(|d| {
            let label = d.split('.').next().unwrap_or("");
            let first: String = name
                .split(' ')
                .next()
                .unwrap_or("")
                .to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            let whole: String = name
                .to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            label.len() >= 4
                && whole.len() >= 3
                && (first == label || whole == label || label.starts_with(&whole))
        });
    // The service's own name, as its domain spells it ("infojobs").
    let service_label = s
        .is_vendor()
        .then(|| super::super::sender::registrable(s.domain).and_then(|d| d.split('.').next()))
        .flatten()
        .filter(|l| l.len() >= 4)
        .map(|l| l.replace('-', ""));
    // "El equipo de InfoJobs" under a mail from infojobs.net: the service
    // signs, not the employer.
    if let Some(label) = &service_label {
        pool.retain(|c| !(c.sender_side() && squashed(&c.key, &c.value).contains(label)));
    }
    // "Marisol Vega <no-reply@hire.lever.co>" over a message Marisol signs:
    // hiring software shows the recruiter's name, who is no employer.
    let first = |n: &str| n.split(' ').next().unwrap_or("").to_lowercase();
    let recruiter = s.is_vendor()
        && name.contains(' ')
        && ctx
            .signer
            .is_some_and(|signer| first(signer).len() >= 2 && first(signer) == first(name));
    // "Mira at Loftwell <mira@loftwell.com>": a person's address, and the
    // employer after the person's own name (no title, no generic word:
    // "Ana | Recrutadora").
    let own_split = s.person_at_firm().is_some_and(|(_, firm)| {
        !titled(firm, tables) && !is_generic(firm, tables) && !agency_like(firm)
    });
    if !name.is_empty()
        && (!s.name_is_person() || own_split)
        && !service
        && !vendor_named
        && !recruiter
    {
        // "Lindqvist Foods via Workable", "Jane from Acme"; "Pagaie via
        // Welcome to the Jungle" from that service's own domain.
        let names_service = |b: &str| service_label.as_deref() == Some(flat(b).as_str());
        let name = [" via ", " from ", " at ", " | ", " - ", " – ", " — "]
            .iter()
            .find_map(|sep| name.split_once(sep))
            .map(|(a, b)| {
                if (person_like(a.trim(), tables) || own_split) && !names_service(b.trim()) {
                    b
                } else {
                    a
                }
            })
            .unwrap_or(name)
            .trim();
        let n = strip_team(name, tables).unwrap_or(name);
        // "Estágio Aurora Bank", "Graduate Careers Acme", "Programa de
        // Trainee Horizonte Energia": a programme's words first.
        let mut n = n;
        let mut programme = false;
        for _ in 0..4 {
            let Some((first, rest)) = n.split_once(' ') else {
                break;
            };
            let w = first.to_lowercase();
            let lead = PROGRAMMES.contains(&w.as_str())
                || (["programa", "programme", "program", "programm"].contains(&w.as_str())
                    && rest.contains(' '))
                || (programme && ["de", "do", "da", "des", "du"].contains(&w.as_str()));
            if !lead {
                break;
            }
            programme = true;
            n = rest;
        }
        let lowercase_brand = s.is_role_address()
            && n.split(' ').count() <= 4
            && n.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '&'))
            && n.chars().any(char::is_alphabetic);
        // "Familie Brandt <info@…>": the owners, not the business's name.
        let family = n
            .split(' ')
            .next()
            .is_some_and(|f| FAMILY.contains(&f.to_lowercase().as_str()));
        if whole_name(n, tables).is_some() || lowercase_brand {
            let w = if family {
                1.0
            } else if s.is_role_address() || n != name || own_split {
                3.0
            } else if person_like(n, tables) {
                1.0
            } else {
                2.0
            };
            add(pool, n, Evidence::SenderName, w, ctx);
        }
    }
    // ("fenwick-careers@talent.icims.com": the name before its hiring word.)
    let local = s.local.to_lowercase();
    let local = local.split(['+', '.']).next().unwrap_or("");
    let local = match local.rsplit_once(['-', '_']) {
        Some((name, rest)) if HIRING_PARTS.contains(&rest) => name,
        _ => local,
    };
    let local: String = local.chars().filter(char::is_ascii_alphanumeric).collect();
    // Whole words: "acme" is "Acme Foods", not "Acmeville".
    let words_start = |k: &str| {
        let mut run = String::new();
        k.split(' ').any(|w| {
            run.push_str(w);
            run == local
        })
    };
    if s.is_vendor() && local.len() >= 4 {
        let keys: Vec<String> = pool.cands.iter().map(|c| c.key.clone()).collect();
        for k in keys {
            if words_start(&k) {
                pool.boost(&k, Evidence::SenderDomain, 1.0);
            }
        }
    }
    let Some(label) = s.org_label() else {
        return;
    };
    // "helicea-recrutement.fr", "acme-careers.com": the employer's name and
    // a word for its hiring; the name is the first part.
    let parts: Vec<&str> = label.split('-').collect();
    let hiring = |p: &&str| HIRING_PARTS.contains(&p.to_ascii_lowercase().as_str());
    // "orbe-recrutement.fr" under a message naming "Maison Orbe": the
    // employer's own recruiting address, not an agency called so.
    let own = pool.cands.iter().any(|c| {
        !c.sender_side()
            && parts
                .first()
                .is_some_and(|p| c.key.split(' ').any(|w| w == *p))
    });
    let hiring = |p: &&str| {
        hiring(p) || (own && RECRUITING_PARTS.contains(&p.to_ascii_lowercase().as_str()))
    };
    let hyphenated = label.contains('-');
    let label = if parts.len() > 1 && !hiring(&parts[0]) && parts[1..].iter().all(hiring) {
        parts[0]
    } else if parts.len() > 1 && hiring(&parts[0]) && !parts[1..].iter().any(hiring) {
        // "careers-staldric.org": the hiring word first.
        &label[parts[0].len() + 1..]
    } else {
        label
    };
    // The address spells a name the text has: that name gains.
    let mut matched = false;
    let found: Vec<(String, u8)> = pool
        .cands
        .iter()
        .map(|c| (c.key.clone(), label_match(label, &c.key, &c.value)))
        .collect();
    for (k, m) in &found {
        if *m > 0 {
            matched |= pool.boost(k, Evidence::SenderDomain, if *m == 2 { 2.0 } else { 1.5 });
        }
    }
    exact_takes_longer(pool, &found);
    // "csjobs-mail.gov.uk", "acme-notifications.com": a domain for sending
    // mail names a service, not the employer.
    let mailer = label
        .to_ascii_lowercase()
        .split('-')
        .any(|p| MAILER_PARTS.contains(&p));
    if !matched && !service && !mailer {
        let derived = name_from_domain(label);
        // A split into short words is sure; a long run left after the known
        // word ("copperlanternkitchen" → "Copperlantern Kitchen") is likely
        // two words run together, so that split is only a guess.
        let sure_split =
            derived.contains(' ') && derived.split(' ').all(|w| w.chars().count() <= 10);
        let w = if hyphenated || sure_split {
            3.0
        } else if label.len() <= 10 {
            2.5
        } else {
            1.5
        };
        if acceptable(&derived, tables, ctx.signer) {
            pool.add_derived(&derived, w);
        }
    }
}

/// Parts of a domain's label, after the name and a hyphen, that say the
/// address is the employer's own for hiring. (Not "recruitment", "talent",
/// "rh": "acorn-recruitment.co.uk" is an agency's name.)
#[rustfmt::skip]
const HIRING_PARTS: [&str; 10] = [
    "careers", "career", "jobs", "job", "hiring", "karriere", "empregos", "empleo", "vagas",
    "carreiras",
];

/// Parts of a domain's label that an agency's name may hold too: the
/// employer's own only when the text names the employer by the rest.
const RECRUITING_PARTS: [&str; 6] = [
    "recruiting",
    "recruitment",
    "talent",
    "hr",
    "recrutement",
    "rh",
];

/// Parts of a domain's label, between hyphens, that mark a sending service.
const MAILER_PARTS: [&str; 8] = [
    "mail",
    "email",
    "mailer",
    "mailing",
    "notify",
    "notification",
    "notifications",
    "alerts",
];

/// Words a name may hold between its capitalised ones ("Sierra de Gata").
const NAME_JOINERS: [&str; 9] = ["de", "da", "do", "del", "des", "du", "&", "and", "und"];

/// The sender's address spells a name the text writes but no cue found
/// ("lorna@marlowsbakehouse.co.uk" and "Marlow's Bakehouse Ltd" under the
/// message): that run of capitalised words is a candidate, copied from the
/// text, and the name made from the address gives way to it.
/// A name found in the signature (lines from `sig_from` on) is the
/// sender's side: a recruiter's firm there is no employer named in the text.
pub(super) fn spelled(pool: &mut Pool, s: &Sender, lines: &[&str], sig_from: usize, ctx: &Ctx) {
    let Some(label) = s.org_label() else { return };
    if pool
        .cands
        .iter()
        .any(|c| !c.derived && c.has(Evidence::SenderDomain))
    {
        return;
    }
    let label_key = flat(label);
    let bare = DOMAIN_TAILS
        .iter()
        .find_map(|t| label_key.strip_suffix(t).filter(|b| b.len() >= 4))
        .unwrap_or(&label_key);
    // "getfield.app" and a signature line "Field": a word every startup
    // puts in front, and the name (one ordinary word can be a brand's
    // name when its own address spells it so).
    let led = DOMAIN_LEADS
        .iter()
        .find_map(|l| bare.strip_prefix(l).filter(|b| b.len() >= 4));
    if bare.len() < 6 && led.is_none() {
        return;
    }
    for (i, line) in lines.iter().enumerate().take(400) {
        let place = if i >= sig_from {
            Evidence::Signature
        } else {
            Evidence::Message
        };
        let words: Vec<&str> = line.split_whitespace().collect();
        for start in 0..words.len() {
            if !words[start].starts_with(char::is_uppercase) {
                continue;
            }
            // The run as the line writes it, from its first word to word `n`.
            let from = words[start].as_ptr() as usize - line.as_ptr() as usize;
            for (n, w) in words[start..].iter().take(5).enumerate() {
                let joiner = n > 0 && NAME_JOINERS.contains(w);
                if !joiner && !w.starts_with(char::is_uppercase) {
                    break;
                }
                let to = w.as_ptr() as usize - line.as_ptr() as usize + w.len();
                let name = line[from..to].trim_end_matches(|c: char| !c.is_alphanumeric());
                let squashed = flat(&name.replace('&', "and"));
                if squashed.len() > bare.len() + 6 {
                    break;
                }
                let alone = i >= sig_from
                    && line.trim() == name
                    && !person_like(name, ctx.tables)
                    && led == Some(squashed.as_str());
                let spelled = bare.len() >= 6
                    && (squashed == label_key || squashed == bare)
                    && acceptable(name, ctx.tables, ctx.signer);
                if !joiner && (spelled || alone) {
                    if alone {
                        pool.add(name, place, 2.0);
                    } else {
                        add(pool, name, place, 2.0, ctx);
                    }
                    pool.boost(&super::super::names::key(name), Evidence::SenderDomain, 2.0);
                    pool.drop_derived();
                    return;
                }
            }
        }
    }
}
