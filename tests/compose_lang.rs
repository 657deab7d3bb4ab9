//! The composer in every language: each template × stage × tone × kind,
//! rendered with awkward names from a pack built out of lang/<key>/*.txt,
//! reads as a careful native writer would (no leftovers, no doubled marks,
//! no English, German with "Sie"), and the tone check flags each
//! language's phrases.

use std::collections::BTreeMap;
use std::path::Path;

use rebound::lang::{escape, header, unescape, Hooks, Lang, Pack, KEYS};
use rebound::model::compose::{bridge_check, phrases, Compose, Kind, Tone};
use rebound::model::rejection::Stage;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The language's pack, as tests/lang.rs builds it (a text a file lacks
/// stays empty, so it would show in English and fail below).
fn pack(lang: Lang) -> &'static Pack {
    let dir = Path::new(ROOT).join("lang").join(lang.key());
    let mut map = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("a folder of translations")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a readable file");
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        for block in lines.split(|l| l.trim().is_empty()) {
            if let [en, tr] = block {
                map.insert(unescape(en), unescape(tr));
            }
        }
    }
    let mut text = header();
    text.push('\n');
    for key in KEYS {
        if let Some(tr) = map.get(&key.replace('\u{1f}', "|")) {
            text.push_str(&escape(tr));
        }
        text.push('\n');
    }
    let pack = Pack::parse(lang, &text, Hooks::default()).expect("a pack for this build");
    Box::leak(Box::new(pack))
}

/// Runs `f` with `lang`'s pack in use (on a thread of its own: the pack
/// in use is per thread).
fn in_lang(lang: Lang, f: impl FnOnce() + Send) {
    std::thread::scope(|s| {
        s.spawn(move || {
            rebound::lang::set(if lang == Lang::En {
                None
            } else {
                Some(pack(lang))
            });
            f();
        })
        .join()
        .expect("the checks pass");
    });
}

const OTHERS: [Lang; 4] = [Lang::De, Lang::Es, Lang::Fr, Lang::Pt];

const NAMES: [&str; 12] = [
    "Ana",
    "Mary-Jane Smith",
    "Dr. Ana Ruiz",
    "Mx Kim Lee",
    "ANA RUIZ",
    "",
    "Hiring Team",
    "ana.ruiz@acme.com",
    "  prof. ada LOVELACE-BYRON ",
    "Frau Dr. Lena Vogel",
    "Sra. Lucía Gómez",
    "M. Jean Dupont",
];

/// (typed, as it must appear).
const COMPANIES: [(&str, &str); 6] = [
    ("Acme Co.", "Acme Co."),
    ("Smith & Sons &", "Smith & Sons"),
    ("\"Quote\" Labs", "\"Quote\" Labs"),
    ("Yahoo!", "Yahoo"),
    ("Émile SA", "Émile SA"),
    ("", ""),
];

/// (typed, as it must appear).
const ROLES: [(&str, &str); 5] = [
    ("", ""),
    ("Senior Engineer (Payments)", "Senior Engineer (Payments)"),
    ("Ingénieur (H/F)", "Ingénieur"),
    ("Designer (m/w/d)", "Designer"),
    ("Analista.", "Analista"),
];

const LINES: [&str; 4] = ["", "merci beaucoup", "wow!", "  spaced  "];

const KINDS: [Kind; 3] = [Kind::Feedback, Kind::ThankYou, Kind::Nudge];
const TONES: [Tone; 2] = [Tone::Brief, Tone::Warm];

/// Words that give away an English template (the person's own words are
/// taken out first).
const ENGLISH: [&str; 19] = [
    "the", "your", "thank", "thanks", "you", "role", "would", "i'd", "i'm", "hello", "hi", "dear",
    "wishes", "and", "with", "about", "this", "that", "grateful",
];

/// German familiar forms, never in a letter to a recruiter; and the polite
/// ones, which must be capitalised.
const DU: [&str; 8] = [
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "euch",
];
const SIE_LOWER: [&str; 7] = ["sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer"];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Doubled marks, spaces before marks, leftovers, bad spacing.
fn text_problems(lang: Lang, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mark = |c: char| matches!(c, ',' | '.' | ';' | ':' | '!' | '?');
    let thin = |c: char| c == '\u{a0}' || c == '\u{202f}';
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied().unwrap_or('\0');
        let after_gap = if next == ' ' || thin(next) {
            chars.get(i + 2).copied().unwrap_or('\0')
        } else {
            '\0'
        };
        let ellipsis = c == '.' && (next == '.' || chars.get(i.wrapping_sub(1)) == Some(&'.'));
        if mark(c) && !ellipsis && (mark(next) || mark(after_gap)) {
            out.push(format!("doubled punctuation at {i}: {:?}", tail(&chars, i)));
        }
        if c == ' ' && mark(next) {
            out.push(format!("space before a mark at {i}: {:?}", tail(&chars, i)));
        }
        if matches!(c, '{' | '}' | '\t') || (c == ' ' && next == ' ') || (c == ' ' && next == '\n')
        {
            out.push(format!(
                "a leftover or bad spacing at {i}: {:?}",
                tail(&chars, i)
            ));
        }
        // French: a (narrow) no-break space before ; : ! ?, none elsewhere.
        if lang == Lang::Fr && matches!(c, ';' | ':' | '!' | '?') && i > 0 {
            let want = if c == ':' { '\u{a0}' } else { '\u{202f}' };
            if chars[i - 1] != want {
                out.push(format!(
                    "French spacing at {i}: {:?}",
                    tail(&chars, i.saturating_sub(8))
                ));
            }
        }
        if lang != Lang::Fr && thin(c) {
            out.push(format!("a no-break space outside French at {i}"));
        }
    }
    out
}

fn tail(chars: &[char], i: usize) -> String {
    chars[i..].iter().take(40).collect()
}

/// Everything wrong with one rendering in a language other than English.
fn problems(lang: Lang, c: &Compose, company: &str, role: &str) -> Vec<String> {
    let body = c.body();
    let subject = c.subject();
    let mut out = text_problems(lang, &body);
    out.extend(
        text_problems(lang, &subject)
            .into_iter()
            .map(|p| format!("subject: {p}")),
    );
    if subject.ends_with(['.', ',', ':']) || subject.contains('\n') {
        out.push("subject is not a one-line title".into());
    }
    let lines: Vec<&str> = body.lines().collect();
    if lines.first() != Some(&c.greeting().as_str()) {
        out.push("the body doesn't start with the greeting".into());
    }
    if !body.ends_with(&c.sign_off()) {
        out.push("the body doesn't end with the sign-off".into());
    }
    // Sentences: ended, and starting with a capital (German goes on from
    // the greeting in lower case).
    let signed = c.sign_off().lines().count();
    let first_para = lines
        .iter()
        .skip(1)
        .position(|l| !l.is_empty())
        .map(|p| p + 1);
    for (i, line) in lines.iter().enumerate().take(lines.len() - signed).skip(1) {
        if line.is_empty() {
            continue;
        }
        let text = line.strip_prefix("- ").unwrap_or(line);
        let intro = line.ends_with(':') && lines.get(i + 1).is_some_and(|l| l.starts_with("- "));
        if !(intro || text.ends_with(['.', '!', '?'])) {
            out.push(format!("unended sentence {line:?}"));
        }
        let first = text.chars().find(|ch| ch.is_alphanumeric());
        let lower_ok = lang == Lang::De && Some(i) == first_para;
        if !first.is_some_and(char::is_uppercase) && !lower_ok {
            out.push(format!("sentence starts in lower case: {line:?}"));
        }
        if lower_ok && first.is_some_and(char::is_uppercase) {
            out.push(format!(
                "German goes on from the greeting in lower case: {line:?}"
            ));
        }
    }
    if !company.is_empty() && !body.contains(company) {
        out.push(format!("company {company:?} missing"));
    }
    if !role.is_empty() && !subject.contains(role) {
        out.push(format!("role {role:?} missing from the subject"));
    }
    if body.contains("(H/F)") || body.contains("(m/w/d)") {
        out.push("a gender tag kept".into());
    }
    if lang == Lang::Fr && (body.contains("de I") || body.contains("de É")) {
        out.push("French \"de\" not elided".into());
    }
    // No English, once the person's own words are taken out.
    let mut ours = format!("{subject}\n{body}");
    for own in [
        company,
        role,
        "Senior Engineer (Payments)",
        "Smith & Sons",
        "Quote",
        "Spaced",
        "Sam Lee",
    ] {
        if !own.is_empty() {
            ours = ours.replace(own, " ");
        }
    }
    for w in words(&ours.to_lowercase()) {
        if ENGLISH.contains(&w.as_str()) {
            out.push(format!("English word {w:?}"));
        }
    }
    if lang == Lang::De {
        let all = words(&ours);
        if !all
            .iter()
            .any(|w| matches!(w.as_str(), "Sie" | "Ihnen" | "Ihr" | "Ihre" | "Ihrem"))
        {
            out.push("German without Sie/Ihnen/Ihr".into());
        }
        for w in &all {
            if DU.contains(&w.to_lowercase().as_str()) || SIE_LOWER.contains(&w.as_str()) {
                out.push(format!("German {w:?}: a letter says Sie, capitalised"));
            }
        }
    }
    // The templates never set off the tone check.
    let notes: Vec<_> = bridge_check(&body)
        .into_iter()
        .map(|n| n.key)
        .filter(|k| *k != "length" && !(*k == "shouting" && c.personal_line == "wow!"))
        .collect();
    if !notes.is_empty() {
        out.push(format!("tone check: {notes:?}"));
    }
    out
}

#[test]
fn the_composer_renders_without_leftovers_in_every_language_stage_and_tone() {
    std::thread::scope(|s| {
        for lang in OTHERS {
            s.spawn(move || {
                in_lang(lang, || {
                    let mut failures = Vec::new();
                    let mut rendered = 0;
                    for kind in KINDS {
                        let asks = if kind == Kind::ThankYou { 1 } else { 8 };
                        for a in 0..asks {
                            {
                                for tone in TONES {
                                    for stage in Stage::ALL {
                                        for (company, shown_company) in COMPANIES {
                                            for (role, shown_role) in ROLES {
                                                for line in LINES {
                                                    {
                                                        // Signed or not, and staying in touch or
                                                        // not, take turns (every pairing with
                                                        // the rest is met across the run), which
                                                        // keeps the test at a quarter of the
                                                        // full product.
                                                        let your_name = ["", "Sam Lee"][rendered % 2];
                                                        let stay = (rendered / 2) % 2 == 0;
                                                        let c = Compose {
                                                            kind,
                                                            tone,
                                                            stage,
                                                            recipient_name: NAMES[rendered % NAMES.len()].into(),
                                                            your_name: your_name.into(),
                                                            company: company.into(),
                                                            role: role.into(),
                                                            ask_areas: a & 1 != 0,
                                                            ask_reason: a & 2 != 0,
                                                            ask_future: a & 4 != 0,
                                                            personal_line: line.into(),
                                                            stay_in_touch: stay,
                                                        };
                                                        rendered += 1;
                                                        let shown_company = match (lang, shown_company) {
                                                            (Lang::Fr, "Yahoo") => "Yahoo\u{202f}!",
                                                            (_, "Yahoo") => "Yahoo!",
                                                            (_, other) => other,
                                                        };
                                                        let found = problems(lang, &c, shown_company, shown_role);
                                                        if !found.is_empty() && failures.len() < 3 {
                                                            failures.push(format!(
                                                                "{lang:?} {found:?}\n{c:?}\nSubject: {}\n{}",
                                                                c.subject(),
                                                                c.body()
                                                            ));
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
                    assert_eq!(rendered, 34 * 6 * 6 * 5 * 4);
                    // Every name greets without a problem, in both tones.
                    for name in NAMES {
                        for tone in TONES {
                            let c = Compose { recipient_name: name.into(), tone, ..Compose::default() };
                            let hi = c.greeting();
                            let found = text_problems(lang, &hi);
                            assert!(found.is_empty(), "{lang:?} {name:?}: {hi:?} {found:?}");
                        }
                    }
                });
            });
        }
    });
}

/// Greets `typed` in `tone` with the current pack.
fn hi(typed: &str, tone: Tone) -> String {
    Compose {
        recipient_name: typed.into(),
        tone,
        company: "Acme".into(),
        ..Compose::default()
    }
    .greeting()
}

/// (typed, tone, greeting).
type Greets = &'static [(&'static str, Tone, &'static str)];

#[test]
fn each_language_greets_as_its_letters_do() {
    use Tone::{Brief, Warm};
    let cases: [(Lang, Greets); 4] = [
        (
            Lang::De,
            &[
                ("Ana Ruiz", Brief, "Guten Tag Ana Ruiz,"),
                ("Ana María López", Warm, "Guten Tag Ana María López,"),
                ("ANA RUIZ", Brief, "Guten Tag Ana Ruiz,"),
                ("Ana", Brief, "Guten Tag Ana,"),
                ("Frau Dr. Lena Vogel", Brief, "Guten Tag Frau Dr. Vogel,"),
                ("Frau Dr. Lena Vogel", Warm, "Liebe Frau Dr. Vogel,"),
                ("Herr Jonas Müller", Warm, "Lieber Herr Müller,"),
                ("Mr. John Smith Jr.", Brief, "Guten Tag Herr Smith,"),
                ("Ms. Ana de la Cruz", Warm, "Liebe Frau de la Cruz,"),
                ("Dr. Ana Ruiz", Warm, "Guten Tag Dr. Ana Ruiz,"),
                (
                    "Prof. Dr. Ada Lovelace",
                    Brief,
                    "Guten Tag Prof. Dr. Ada Lovelace,",
                ),
                ("Mx Kim Lee", Warm, "Guten Tag Kim Lee,"),
                ("Dr. Ana R.", Brief, "Guten Tag Ana,"),
                ("", Brief, "Sehr geehrte Damen und Herren,"),
                ("", Warm, "Guten Tag,"),
                ("Hiring Team", Brief, "Sehr geehrtes Recruiting-Team,"),
                ("Acme", Warm, "Liebes Recruiting-Team,"),
            ],
        ),
        (
            Lang::Es,
            &[
                ("Ana Ruiz", Brief, "Hola, Ana:"),
                ("Ana María López", Warm, "Hola, Ana María:"),
                ("Sra. Lucía Gómez", Brief, "Buenos días, Sra. Gómez:"),
                ("Sra. Lucía Gómez", Warm, "Estimada Sra. Gómez:"),
                ("Sr Pablo Ortiz", Warm, "Estimado Sr. Ortiz:"),
                ("Mrs Jones", Warm, "Estimada Sra. Jones:"),
                ("Dra. Elena Paz", Warm, "Estimada Dra. Paz:"),
                ("Frau Dr. Lena Vogel", Warm, "Estimada Dra. Vogel:"),
                ("Dr. Ana Ruiz", Warm, "Buenos días, Ana Ruiz:"),
                ("", Brief, "Buenos días:"),
                ("Hiring Team", Warm, "Estimado equipo de selección:"),
            ],
        ),
        (
            Lang::Fr,
            &[
                ("Ana Ruiz", Brief, "Bonjour Ana,"),
                ("Mme Claire Martin", Brief, "Bonjour Madame Martin,"),
                ("Mme Claire Martin", Warm, "Chère Madame Martin,"),
                ("M. Jean Dupont", Warm, "Cher Monsieur Dupont,"),
                ("Frau Dr. Lena Vogel", Brief, "Bonjour Madame Vogel,"),
                ("Dr. Ana Ruiz", Warm, "Bonjour Ana Ruiz,"),
                ("", Brief, "Madame, Monsieur,"),
                ("", Warm, "Bonjour,"),
                ("Hiring Team", Brief, "Bonjour à l'équipe de recrutement,"),
            ],
        ),
        (
            Lang::Pt,
            &[
                ("Ana Ruiz", Warm, "Olá, Ana,"),
                ("Sra. Lucía Gómez", Brief, "Olá, Sra. Gómez,"),
                ("Sra. Lucía Gómez", Warm, "Prezada Sra. Gómez,"),
                ("Sr Pablo Ortiz", Warm, "Prezado Sr. Ortiz,"),
                ("Dra. Elena Paz", Warm, "Prezada Dra. Paz,"),
                ("Dr. Ana Ruiz", Brief, "Olá, Ana Ruiz,"),
                ("", Brief, "Prezados,"),
                ("", Warm, "Olá,"),
                ("Hiring Team", Brief, "Prezada equipe de recrutamento,"),
            ],
        ),
    ];
    for (lang, list) in cases {
        in_lang(lang, || {
            for (typed, tone, want) in list {
                assert_eq!(hi(typed, *tone), *want, "{lang:?} {typed:?} {tone:?}");
            }
        });
    }
    // English is as it was (issue #32).
    in_lang(Lang::En, || {
        assert_eq!(hi("Ana Ruiz", Brief), "Hi Ana,");
        assert_eq!(hi("Frau Dr. Lena Vogel", Warm), "Dear Frau Dr. Vogel,");
        assert_eq!(hi("", Warm), "Hi there,");
    });
}

#[test]
fn each_language_writes_its_own_letter() {
    let c = Compose {
        kind: Kind::Feedback,
        tone: Tone::Warm,
        stage: Stage::FinalRound,
        recipient_name: "Frau Dr. Lena Vogel".into(),
        your_name: "Sam Lee".into(),
        company: "Northwind Co.".into(),
        role: "Analyste (H/F)".into(),
        personal_line: "j'ai aimé rencontrer l'équipe!".into(),
        ..Compose::default()
    };
    in_lang(Lang::De, || {
        let body = c.body();
        assert!(
            body.starts_with("Liebe Frau Dr. Vogel,\n\nvielen Dank, dass Sie mir Ihre Entscheidung zur Stelle als Analyste bei Northwind Co. mitgeteilt haben."),
            "{body}"
        );
        assert!(body.ends_with("\n\nHerzliche Grüße\nSam Lee"), "{body}");
        assert_eq!(
            c.subject(),
            "Vielen Dank – und eine kurze Frage zur Stelle als Analyste"
        );
    });
    in_lang(Lang::Fr, || {
        let body = c.body();
        assert!(
            body.contains("concernant le poste d'Analyste chez Northwind Co. C'est bien sûr"),
            "{body}"
        );
        assert!(
            body.contains("J'ai aimé rencontrer l'équipe\u{202f}!"),
            "{body}"
        );
        assert!(body.contains("progresser\u{a0}:\n- "), "{body}");
        assert_eq!(
            c.subject(),
            "Merci, et une petite question sur le poste d'Analyste"
        );
    });
    in_lang(Lang::Es, || {
        let body = c.body();
        assert!(
            body.starts_with("Estimada Dra. Vogel:\n\nGracias por comunicarme"),
            "{body}"
        );
        assert!(body.contains("\n- ¿Hay aspectos concretos"), "{body}");
    });
    in_lang(Lang::Pt, || {
        let body = c.body();
        assert!(
            body.starts_with("Prezada Dra. Vogel,\n\nAgradeço"),
            "{body}"
        );
        assert!(
            body.ends_with("Com meus agradecimentos,\nSam Lee"),
            "{body}"
        );
    });
}

#[test]
fn the_tone_check_flags_each_language_s_phrases() {
    for lang in Lang::ALL {
        in_lang(lang, || {
            let p = phrases(lang);
            let thanks = p.thanks[0];
            for (key, list) in [
                ("reconsider", p.reconsider),
                ("unfair", p.unfair),
                ("demand", p.demand),
            ] {
                assert!(!list.is_empty(), "{lang:?} {key}");
                for phrase in list {
                    // As a person would type it: capitalised, mid-sentence.
                    let text = format!(
                        "{thanks}. {}",
                        rebound::model::compose::own_sentence(phrase).unwrap()
                    );
                    let keys: Vec<_> = bridge_check(&text).into_iter().map(|n| n.key).collect();
                    assert_eq!(keys, [key], "{lang:?} {phrase:?}");
                }
            }
            for word in p.thanks {
                let keys: Vec<_> = bridge_check(&format!("{word} pour tout"))
                    .into_iter()
                    .map(|n| n.key)
                    .collect();
                assert!(keys.is_empty(), "{lang:?} {word:?}: {keys:?}");
            }
            // The notes speak the language in use.
            let notes = bridge_check("UNFAIR AND BIASED!!");
            assert_eq!(notes.len(), 3);
            if lang != Lang::En {
                assert!(
                    notes.iter().all(|n| !n.text.contains(" the ")),
                    "{lang:?} {notes:?}"
                );
            }
        });
    }
    // Everyday words of one language are not another's risky phrase.
    in_lang(Lang::En, || {
        for text in [
            "Thank you! We replanted the garden together.",
            "Merci, ce n'est pas juste une question de compétences.",
            "Gracias, espero coincidir con ustedes en otra oportunidad.",
            "Agradeço, gostaria de ter uma chance de conversar de novo.",
            "Vielen Dank, ich verdiene gern mein Geld bei Ihnen.",
        ] {
            let keys: Vec<_> = bridge_check(text).into_iter().map(|n| n.key).collect();
            assert!(keys.is_empty(), "{text:?}: {keys:?}");
        }
    });
    // Whatever the app speaks, a message in another language is checked too.
    in_lang(Lang::En, || {
        let keys: Vec<_> = bridge_check("Vielen Dank. Ich finde das ungerecht.")
            .into_iter()
            .map(|n| n.key)
            .collect();
        assert_eq!(keys, ["unfair"]);
    });
}
