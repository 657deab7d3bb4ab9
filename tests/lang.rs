//! Every language is complete: each text the app shows has a translation
//! in every pack, with the same placeholders, and every plural has its
//! forms; the packs the app fetches (public/lang/<key>.txt and
//! <key>.more.txt, the pack cut in two by `rebound::lang::LATER_FILES`) are
//! the ones built from the translations (lang/<language>/*.txt).
//!
//! Translations are written as pairs, a blank line between them:
//!
//! ```text
//! # comments start with #
//! The English, as in the code (a newline written \n)
//! Its translation
//! ```
//!
//! A plural's English is its two forms with `|` between them ("1 win|{n}
//! wins"), and its translation the language's forms the same way (one,
//! then other). Run with REBOUND_WRITE_LANG=1 to write the packs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rebound::lang::{escape, header, in_more_file, unescape, Hooks, Lang, Pack, PackFile, KEYS};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The key as the translation files write it.
fn written(key: &str) -> String {
    key.replace('\u{1f}', "|")
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            out.insert(name.to_string());
        }
        rest = &after[close + 1..];
    }
    out
}

/// English → translation, from every file of one language.
fn translations(lang: Lang) -> (BTreeMap<String, String>, Vec<String>) {
    let dir = Path::new(ROOT).join("lang").join(lang.key());
    let mut map = BTreeMap::new();
    let mut problems = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for path in files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
    {
        let text = std::fs::read_to_string(&path).expect("a readable translation file");
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        for block in lines.split(|l| l.trim().is_empty()) {
            match block {
                [] => {}
                [en, tr] => {
                    let (en, tr) = (unescape(en), unescape(tr));
                    // The same text in two areas is fine, if it reads the same.
                    if let Some(before) = map.insert(en.clone(), tr.clone()) {
                        if before != tr {
                            problems.push(format!(
                                "{name}: translated two ways: {en:?} as {before:?} and {tr:?}"
                            ));
                        }
                    }
                }
                other => problems.push(format!(
                    "{name}: a block of {} lines: {:?}",
                    other.len(),
                    other.first()
                )),
            }
        }
    }
    (map, problems)
}

fn check(lang: Lang) -> (Vec<String>, String) {
    let (map, mut problems) = translations(lang);
    let mut pack = header();
    pack.push('\n');
    let mut missing = 0;
    for key in KEYS {
        let en = written(key);
        let Some(tr) = map.get(&en) else {
            missing += 1;
            if missing <= 25 {
                problems.push(format!("missing: {en:?}"));
            }
            pack.push('\n');
            continue;
        };
        if key.contains('\u{1f}') {
            let forms: Vec<&str> = tr.split('|').map(str::trim).collect();
            if forms.len() != 2 || forms.iter().any(|f| f.is_empty()) {
                problems.push(format!(
                    "{en:?}: a plural needs two forms, one|other: {tr:?}"
                ));
            }
            let want: BTreeSet<String> = placeholders(&en);
            let got: BTreeSet<String> = forms.iter().flat_map(|f| placeholders(f)).collect();
            if got != want || forms.iter().any(|f| !placeholders(f).is_subset(&want)) {
                problems.push(format!(
                    "{en:?}: placeholders {want:?}, translation has {got:?}"
                ));
            }
        } else if placeholders(&en) != placeholders(tr) {
            problems.push(format!(
                "{en:?}: placeholders {:?}, translation has {:?}",
                placeholders(&en),
                placeholders(tr)
            ));
        }
        if tr.trim().is_empty() {
            problems.push(format!("{en:?}: empty translation"));
        }
        pack.push_str(&escape(tr));
        pack.push('\n');
    }
    if missing > 25 {
        problems.push(format!("… and {} more missing", missing - 25));
    }
    let known: BTreeSet<String> = KEYS.iter().map(|k| written(k)).collect();
    for en in map.keys().filter(|k| !known.contains(*k)).take(25) {
        problems.push(format!("no longer in the app (remove it): {en:?}"));
    }
    (problems, pack)
}

/// A whole pack cut in two: the first file keeps the texts the first
/// screens can show, the second the rest; each has every key's line, empty
/// where the other has the text.
fn cut(pack: &str) -> (String, String) {
    let mut lines = pack.split_terminator('\n');
    let head = lines.next().unwrap_or_default();
    let (mut first, mut more) = (format!("{head}\n"), format!("{head}\n"));
    for (i, line) in lines.enumerate() {
        let (to, other) = if in_more_file(i) {
            (&mut more, &mut first)
        } else {
            (&mut first, &mut more)
        };
        to.push_str(line);
        to.push('\n');
        other.push('\n');
    }
    (first, more)
}

#[test]
fn every_language_is_complete_and_its_pack_is_built() {
    let write = std::env::var_os("REBOUND_WRITE_LANG").is_some();
    let mut report = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let (problems, pack) = check(lang);
        let (first, more) = cut(&pack);
        for (file, text) in [(PackFile::First, &first), (PackFile::More, &more)] {
            let name = file.path(lang);
            let path = Path::new(ROOT)
                .join("public")
                .join(name.trim_start_matches('/'));
            if write {
                std::fs::create_dir_all(path.parent().expect("a folder")).expect("writable");
                std::fs::write(&path, text).expect("writable");
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                report.push(format!(
                    "{}: public{name} is not built from lang/{}/ (run REBOUND_WRITE_LANG=1 cargo test --test lang)",
                    lang.own_name(),
                    lang.key()
                ));
            }
        }
        report.extend(
            problems
                .into_iter()
                .map(|p| format!("{}: {p}", lang.own_name())),
        );
        // Both files read back, and together every text comes out translated.
        let a = Pack::parse(lang, &first, Hooks::default()).expect("a pack for this build");
        let b = Pack::parse(lang, &more, Hooks::default()).expect("a pack for this build");
        let parsed = a.with_more(&b);
        assert!(parsed.complete && !a.complete);
        for i in 0..KEYS.len() {
            assert!(parsed.text(i).is_some() || !report.is_empty(), "{i}");
            // Each text is in exactly one of the two files.
            assert!(
                a.text(i).is_none() || b.text(i).is_none(),
                "{i} is in both files"
            );
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The first screens' texts stay in the first file: the frame, Today and
/// the log form never wait for the second.
#[test]
fn the_first_screens_texts_are_in_the_first_file() {
    let index = |k: &str| KEYS.iter().position(|x| *x == k).expect("a key");
    // (Company is on the composer too; Proof of search has a line on Today.)
    for k in ["Today", "Log a rejection", "Company", "Proof of search"] {
        assert!(!in_more_file(index(k)), "{k:?}");
    }
    // And the later pages' own texts are in the second.
    for k in ["Columns in the report", "Where you claim"] {
        assert!(in_more_file(index(k)), "{k:?}");
    }
    let more = (0..KEYS.len()).filter(|i| in_more_file(*i)).count();
    assert!(
        more > KEYS.len() / 4 && more < KEYS.len(),
        "{more} of {}",
        KEYS.len()
    );
}

#[test]
fn keys_are_sorted_and_unique() {
    for pair in KEYS.windows(2) {
        assert!(pair[0] < pair[1], "{:?} then {:?}", pair[0], pair[1]);
    }
}

#[test]
fn packs_of_another_version_are_refused() {
    assert!(Pack::parse(Lang::De, "nur eine Zeile\n", Hooks::default()).is_err());
    let other_build = format!(
        "#rebound-lang 0000000000000000\n{}",
        "x\n".repeat(KEYS.len())
    );
    assert!(Pack::parse(Lang::De, &other_build, Hooks::default()).is_err());
}

#[test]
fn preferences_pick_the_first_language_spoken() {
    assert_eq!(Lang::from_preferences(["nl-NL", "de-AT", "en"]), Lang::De);
    assert_eq!(Lang::from_preferences(["pt-BR"]), Lang::Pt);
    assert_eq!(Lang::from_preferences(["ja"]), Lang::En);
    assert_eq!(Lang::from_preferences(Vec::<&str>::new()), Lang::En);
    assert_eq!(Lang::Fr.plural_form(0), 0);
    assert_eq!(Lang::De.plural_form(0), 1);
}

#[test]
fn placeholders_fill_and_unknown_ones_stay_visible() {
    use rebound::lang::fill;
    assert_eq!(
        fill("Delete {company}?", &[("company", &"Acme")]),
        "Delete Acme?"
    );
    assert_eq!(fill("{a} and {b}", &[("a", &1)]), "1 and {b}");
    assert_eq!(fill("no braces", &[]), "no braces");
    assert_eq!(fill("open { only", &[]), "open { only");
}

/// `REBOUND_LANG_AREA=src/ui/goals,src/model/goals.rs cargo test --test lang
/// area -- --nocapture`: every text those files use that a language lacks,
/// or whose placeholders differ, listed in full (for whoever translates
/// that area). Without the variable it checks nothing.
#[test]
fn area_report() {
    let Ok(area) = std::env::var("REBOUND_LANG_AREA") else {
        return;
    };
    let prefixes: Vec<&str> = area.split(',').map(str::trim).collect();
    let mine: BTreeSet<String> = rebound::lang::KEY_FILES
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter(|(f, _)| prefixes.iter().any(|p| f.starts_with(p)))
        .map(|(_, k)| unescape(k).replace('\u{1f}', "|"))
        .collect();
    let mut report = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let (map, problems) = translations(lang);
        report.extend(problems.into_iter().map(|p| format!("{}: {p}", lang.key())));
        for en in &mine {
            match map.get(en) {
                None => report.push(format!("{}: missing: {}", lang.key(), escape(en))),
                Some(tr) if !en.contains('|') && placeholders(en) != placeholders(tr) => report
                    .push(format!(
                        "{}: placeholders differ: {}",
                        lang.key(),
                        escape(en)
                    )),
                Some(_) => {}
            }
        }
    }
    println!("{} texts in {area}; {} problems", mine.len(), report.len());
    for line in &report {
        println!("{line}");
    }
    assert!(
        report.is_empty(),
        "{} problems (listed above)",
        report.len()
    );
}
