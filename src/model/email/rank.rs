//! Candidates and their evidence: the same name seen in several places
//! counts once per kind of place, more for independent places; a field is
//! filled only when one candidate is clearly ahead.

use super::names::key;
use super::{Evidence, Suggestion};

#[derive(Clone, Debug)]
pub(super) struct Cand {
    pub value: String,
    pub key: String,
    /// The weight of each kind of place it was seen in (the best mention).
    pub seen: Vec<(Evidence, f32)>,
    /// Further mentions beyond the first in each kind of place.
    pub more: f32,
    /// The recruiter's own firm, not the employer.
    pub agency: bool,
    /// The value was made from an address, not copied from the text.
    pub derived: bool,
    /// The form before a team's words were dropped ("Crestline Recruitment").
    pub full: Option<String>,
}

impl Cand {
    pub fn score(&self) -> f32 {
        self.seen.iter().map(|(_, w)| w).sum::<f32>() + self.more.min(1.5)
    }

    /// Where it was seen best.
    pub fn from(&self) -> Evidence {
        if self.agency {
            return Evidence::AgencySignature;
        }
        self.seen
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(e, _)| *e)
            .unwrap_or(Evidence::Message)
    }

    pub fn has(&self, e: Evidence) -> bool {
        self.seen.iter().any(|(x, _)| *x == e)
    }

    /// Seen only on the sender's side (signature, display name, address).
    pub fn sender_side(&self) -> bool {
        self.seen.iter().all(|(e, _)| {
            matches!(
                e,
                Evidence::Signature | Evidence::SenderName | Evidence::SenderDomain
            )
        })
    }
}

#[derive(Default, Debug)]
pub(super) struct Pool {
    pub cands: Vec<Cand>,
    /// Where each key is in `cands`.
    index: std::collections::HashMap<String, usize>,
}

/// Names kept at most: a real email has a handful; a pasted mailbox must
/// not make ranking slow.
const MAX_CANDIDATES: usize = 48;

impl Pool {
    /// A mention of `value` in `from`, as strong as `weight`.
    pub fn add(&mut self, value: &str, from: Evidence, weight: f32) {
        let value = value.trim();
        let k = key(value);
        if k.is_empty() || weight <= 0.0 {
            return;
        }
        if let Some(c) = self.index.get(&k).and_then(|i| self.cands.get_mut(*i)) {
            match c.seen.iter_mut().find(|(e, _)| *e == from) {
                Some((_, w)) => {
                    c.more += weight.min(*w) * 0.25;
                    *w = w.max(weight);
                }
                None => c.seen.push((from, weight)),
            }
            // The form written in the text wins over one made from an address.
            if c.derived {
                c.value = value.to_string();
                c.derived = false;
            }
            return;
        }
        if self.cands.len() >= MAX_CANDIDATES {
            return;
        }
        self.index.insert(k.clone(), self.cands.len());
        self.cands.push(Cand {
            value: value.to_string(),
            key: k,
            seen: vec![(from, weight)],
            more: 0.0,
            agency: false,
            derived: false,
            full: None,
        });
    }

    /// Drops the names made from an address (a name in the text matched it).
    pub fn drop_derived(&mut self) {
        self.retain(|c| !c.derived);
    }

    /// Keeps only the candidates `keep` says yes to.
    pub fn retain(&mut self, keep: impl Fn(&Cand) -> bool) {
        self.cands.retain(keep);
        self.index = self
            .cands
            .iter()
            .enumerate()
            .map(|(i, c)| (c.key.clone(), i))
            .collect();
    }

    /// Remembers the full form a candidate was cut from.
    pub fn note_full_form(&mut self, value: &str, full: &str) {
        if let Some(c) = self
            .index
            .get(&key(value))
            .and_then(|i| self.cands.get_mut(*i))
        {
            c.full.get_or_insert_with(|| full.trim().to_string());
        }
    }

    /// A name made from the sender's address by the documented rule.
    pub fn add_derived(&mut self, value: &str, weight: f32) {
        let known = self.index.contains_key(&key(value));
        self.add(value, Evidence::SenderDomain, weight);
        if !known {
            if let Some(c) = self.cands.last_mut() {
                c.derived = true;
            }
        }
    }

    /// Adds `weight` to the candidate whose key is `k`, if there is one.
    pub fn boost(&mut self, k: &str, from: Evidence, weight: f32) -> bool {
        match self.index.get(k).and_then(|i| self.cands.get_mut(*i)) {
            Some(c) => {
                match c.seen.iter_mut().find(|(e, _)| *e == from) {
                    Some((_, w)) => *w = w.max(weight),
                    None => c.seen.push((from, weight)),
                }
                true
            }
            None => false,
        }
    }

    /// The candidate keyed `from` joins the one keyed `into`: its evidence
    /// counts for that one.
    pub fn fold_into(&mut self, from: &str, into: &str) {
        let (Some(&i), Some(&j)) = (self.index.get(from), self.index.get(into)) else {
            return;
        };
        if i == j {
            return;
        }
        let c = self.cands.remove(i);
        let j = if j > i { j - 1 } else { j };
        let target = &mut self.cands[j];
        for (e, w) in c.seen {
            match target.seen.iter_mut().find(|(x, _)| *x == e) {
                Some((_, tw)) => {
                    target.more += w.min(*tw) * 0.25;
                    *tw = tw.max(w);
                }
                None => target.seen.push((e, w)),
            }
        }
        target.more += c.more;
        self.index = self
            .cands
            .iter()
            .enumerate()
            .map(|(i, c)| (c.key.clone(), i))
            .collect();
    }

    /// A short form ("Castlerock") joins the long one it starts
    /// ("Castlerock Insurance Group").
    pub fn merge_prefixes(&mut self) {
        self.merge(false);
    }

    /// For titles, also the long one it ends ("Graduate Scheme" →
    /// "Technology Graduate Scheme").
    pub fn merge_titles(&mut self) {
        self.merge(true);
    }

    /// `suffixes`: titles, which also merge "Technology Graduate Scheme"
    /// into "Graduate Scheme" and "Ops Analyst" into "Operations Analyst".
    fn merge(&mut self, suffixes: bool) {
        let mut i = 0;
        while i < self.cands.len() {
            let short = self.cands[i].key.clone();
            let short_masculine = if suffixes {
                masculine(&short)
            } else {
                String::new()
            };
            let longer = self.cands.iter().position(|c| {
                let k = &c.key;
                let prefix = k.starts_with(&short) && k.as_bytes().get(short.len()) == Some(&b' ');
                // Only capitalised words in front: "Technology Graduate Scheme".
                let front = c.value.len().checked_sub(self.cands[i].value.len() + 1);
                let suffix = suffixes
                    && k.ends_with(&short)
                    && k.len() > short.len()
                    && k.as_bytes().get(k.len() - short.len() - 1) == Some(&b' ')
                    && front
                        .and_then(|f| c.value.get(..f))
                        .is_some_and(|f| f.split(' ').all(super::names::capitalised));
                let abbrev = suffixes && spelled_out(&short, k);
                let gendered = suffixes && masculine(k) == short_masculine;
                k.len() > short.len()
                    && (prefix || suffix || abbrev || gendered)
                    && c.agency == self.cands[i].agency
            });
            match longer {
                Some(j) => {
                    let c = self.cands.remove(i);
                    let j = if j > i { j - 1 } else { j };
                    let target = &mut self.cands[j];
                    for (e, w) in c.seen {
                        match target.seen.iter_mut().find(|(x, _)| *x == e) {
                            Some((_, tw)) => {
                                target.more += w.min(*tw) * 0.25;
                                *tw = tw.max(w);
                            }
                            None => target.seen.push((e, w)),
                        }
                    }
                    target.more += c.more;
                }
                None => i += 1,
            }
        }
        self.index = self
            .cands
            .iter()
            .enumerate()
            .map(|(i, c)| (c.key.clone(), i))
            .collect();
    }

    /// What the message said in `other` (an older message of the thread),
    /// as weaker evidence here.
    pub fn absorb(&mut self, other: &Pool, factor: f32) {
        for c in &other.cands {
            for (e, w) in &c.seen {
                if matches!(e, Evidence::Message | Evidence::Subject) && !c.derived {
                    self.add(&c.value, Evidence::Message, w * factor);
                }
            }
        }
    }

    /// Best first; agencies after employers.
    pub fn ranked(&self) -> Vec<&Cand> {
        let mut v: Vec<&Cand> = self.cands.iter().collect();
        v.sort_by(|a, b| {
            a.agency
                .cmp(&b.agency)
                .then(b.score().total_cmp(&a.score()))
        });
        v
    }

    /// The value to fill, if one candidate is clearly best; and up to three
    /// suggestions (the filled one first).
    pub fn decide(&self, min: f32, ratio: f32) -> (Option<String>, Vec<Suggestion>) {
        let ranked = self.ranked();
        // A recruiter's own firm is never the employer: the best of the rest
        // ("unserem Mandanten … die Auerbach Versicherung AG") may be.
        let mut employers = ranked.iter().filter(|c| !c.agency);
        let top = employers.next();
        let second = employers.next().map(|c| c.score());
        let fill =
            top.filter(|c| c.score() >= min && second.is_none_or(|s| c.score() >= ratio * s));
        let total: f32 = ranked.iter().map(|c| c.score()).sum::<f32>().max(0.001);
        let suggestions = ranked
            .iter()
            .take(3)
            .map(|c| {
                let share = c.score() / total;
                let strength = c.score() / (c.score() + 3.0);
                Suggestion {
                    value: c.value.clone(),
                    from: c.from(),
                    confidence: (share * strength * 1.6).clamp(0.0, 1.0),
                }
            })
            .collect();
        (fill.map(|c| c.value.clone()), suggestions)
    }
}

/// A title's words in the masculine form ("projektmanagerin
/// digitalisierung" → "projektmanager digitalisierung", "coordenadora" →
/// "coordenador"), so both forms of one title are one candidate.
fn masculine(key: &str) -> String {
    key.split(' ')
        .map(|w| {
            let fem = ["erin", "entin", "eurin", "istin", "antin"]
                .iter()
                .any(|e| w.ends_with(e));
            if fem && w.chars().count() >= 7 {
                &w[..w.len() - 2]
            } else if w.ends_with("ora") && w.chars().count() >= 6 {
                // "coordenadora", "directora": "coordenador", "director".
                &w[..w.len() - 1]
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Short forms of a title's words, as subjects and recruiters write them.
#[rustfmt::skip]
const TITLE_SHORT: [(&str, &str); 18] = [
    ("ops", "operations"), ("mgr", "manager"), ("sr", "senior"), ("sr.", "senior"),
    ("jr", "junior"), ("jr.", "junior"), ("eng", "engineer"), ("dev", "developer"),
    ("exec", "executive"), ("admin", "administrator"), ("asst", "assistant"),
    ("coord", "coordinator"), ("rep", "representative"), ("tech", "technician"),
    ("mktg", "marketing"), ("acct", "accountant"), ("pl", "pleno"), ("pl.", "pleno"),
];

/// "ops analyst" is "operations analyst" written short: the same words,
/// some of `short`'s in their short forms.
fn spelled_out(short: &str, long: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (short.split(' ').collect(), long.split(' ').collect());
    a.len() == b.len()
        && a != b
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x == y || TITLE_SHORT.contains(&(*x, *y)))
}
