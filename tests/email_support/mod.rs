//! Shared by the email tests: the check that nothing is made up.

use rebound::model::email::{plain_text, Reading};

/// Whether `v` is made from `label` by the rule: the label's letters in
/// order, split into words (at hyphens, or one run-together label split
/// once, an "and" inside written "&"), each word capitalised.
fn from_label(label: &str, v: &str) -> bool {
    if from_domain(label) == v {
        return true;
    }
    let words: Vec<&str> = v.split(' ').collect();
    let squashed: String = label.chars().filter(|c| !matches!(c, '-' | '_')).collect();
    let amp = words.len() == 3 && words[1] == "&";
    (words.len() == 2 || amp)
        && !label.contains(['-', '_'])
        && words
            .iter()
            .filter(|w| **w != "&")
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.concat().replace('&', "and").to_lowercase() == squashed
}

/// The rule by which a name may come from an address, written again here
/// so the test checks it: one label, hyphens to spaces, words capitalised.
fn from_domain(label: &str) -> String {
    label
        .split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The values the reader proposes that are neither copied from the text
/// (exactly or in another case) nor made from a label of an address in it.
pub fn made_up(r: &Reading, subject: &str, body: &str) -> Vec<String> {
    let text = format!("{}\n{}", plain_text(subject).0, plain_text(body).0);
    let low = text.to_lowercase();
    let labels: Vec<String> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';'))
        .filter_map(|w| w.split_once('@').map(|(_, d)| d.to_string()))
        .flat_map(|d| d.split('.').map(str::to_string).collect::<Vec<_>>())
        .collect();
    let mut values: Vec<&str> = [&r.company, &r.role, &r.signer, &r.agency, &r.location]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    values.extend(r.companies.iter().map(|s| s.value.as_str()));
    values.extend(r.roles.iter().map(|s| s.value.as_str()));
    values
        .into_iter()
        .filter(|v| {
            !(text.contains(v)
                || low.contains(&v.to_lowercase())
                || labels.iter().any(|l| from_label(l, v)))
        })
        .map(str::to_string)
        .collect()
}
