//! Property tests: any text, job-like text and HTML-like text is read
//! without a panic, every proposal comes from the text, and a long paste is
//! read in linear time.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use rebound::model::email::{plain_text, read, MAX_EMAIL_CHARS};

mod email_support;
use email_support::made_up;

// (Dashes and bars side by side: a slicing bug in the title's tail cut
// once hid there, "Data Engineer – — Remote"; a trap holds that case.)
const WORDS: [&str; 84] = [
    "-",
    "–",
    "—",
    "|",
    "Équipe",
    "Req",
    "25-0193",
    "Team",
    "Thank",
    "you",
    "for",
    "applying",
    "to",
    "Acme,",
    "Inc.",
    "the",
    "Senior",
    "(Data)",
    "Engineer",
    "role",
    "at",
    "&",
    "Vale",
    "position",
    "of",
    "not",
    "moving",
    "forward",
    "\n",
    "Best",
    "regards,",
    "On",
    "wrote:",
    ">",
    "From:",
    "Date:",
    "Nov",
    "2026",
    "3",
    "-",
    "–",
    "'s",
    ".",
    ",",
    "interview",
    "final",
    "round",
    "offer",
    "you",
    "my",
    "client,",
    "GmbH",
    "Leider",
    "Bewerbung",
    "als",
    "puesto",
    "de",
    "lamentablemente",
    "poste",
    "d'",
    "vaga",
    "Ltda.",
    "<p>",
    "</p>",
    "<br>",
    "&amp;",
    "Recruiting",
    "Team",
    "The",
    "Talent",
    "|",
    "Partner",
    "(Req.",
    "20417)",
    "—",
    "Dublin",
    "via",
    "<jobs@acme-co.com>",
    "@",
    "©",
    "Sr.",
    "\"",
    "«",
    "Hola",
];

proptest! {
    #[test]
    fn any_text_is_read_and_names_come_from_it(subject in ".{0,200}", body in ".{0,2000}") {
        let r = read(&subject, &body, "");
        prop_assert!(made_up(&r, &subject, &body).is_empty());
        prop_assert!(r.companies.len() <= 3 && r.roles.len() <= 3);
    }

    #[test]
    fn job_like_text_is_read_and_names_come_from_it(
        words in prop::collection::vec(prop::sample::select(WORDS.to_vec()), 0..160),
        cut in 0usize..40,
    ) {
        let text = words.join(" ");
        let subject: String = text.chars().take(cut).collect();
        let r = read(&subject, &text, "");
        prop_assert!(made_up(&r, &subject, &text).is_empty(), "{:?}", made_up(&r, &subject, &text));
        let body = format!("From: {}\n\n{}", words.join(""), text);
        let r = read("", &body, "");
        prop_assert!(made_up(&r, "", &body).is_empty());
    }

    #[test]
    fn html_like_text_is_read(parts in prop::collection::vec(prop::sample::select(vec![
        "<p>", "</p>", "<div>", "<br/>", "<style>p{}</style>", "<a href=\"x\">", "</a>", "&nbsp;",
        "&#233;", "&#x41;", "&unknown;", "&", "<", ">", "Acme Careers", "Thank you for applying",
        "<b>Data Analyst</b>", "unfortunately we will not be moving forward", "<table><tr><td>",
    ]), 0..80)) {
        let html = parts.concat();
        let r = read("", &html, "");
        prop_assert!(made_up(&r, "", &html).is_empty());
    }
}

/// The tuned emails' texts (never the held-out ones), to mutate.
fn fixture_texts() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/emails/tuned");
    let mut out = Vec::new();
    for lang in ["en", "de", "es", "fr", "pt"] {
        let Ok(dir) = std::fs::read_dir(format!("{root}/{lang}")) else {
            continue;
        };
        for e in dir.filter_map(Result::ok) {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                out.push(t);
            }
        }
    }
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Real emails with random edits: any character anywhere, cuts, repeats.
    #[test]
    fn mutated_emails_are_read_and_names_come_from_them(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<char>(), 0u8..4), 0..30),
    ) {
        let texts = fixture_texts();
        prop_assume!(!texts.is_empty());
        let mut chars: Vec<char> = texts[pick.index(texts.len())].chars().collect();
        for (at, c, op) in edits {
            let i = at.index(chars.len() + 1);
            match op {
                0 => chars.insert(i, c),
                1 if i < chars.len() => { chars.remove(i); }
                2 if i < chars.len() => chars[i] = c,
                _ => {
                    let end = (i + 40).min(chars.len());
                    let piece: Vec<char> = chars[i.min(end)..end].to_vec();
                    chars.splice(i.min(end)..i.min(end), piece);
                }
            }
        }
        let text: String = chars.into_iter().collect();
        let (head, body) = text.split_once("\n---\n").unwrap_or(("", &text));
        let subject = head.lines().next().unwrap_or("");
        let r = read(subject, body, "");
        prop_assert!(made_up(&r, subject, body).is_empty(), "{:?}", made_up(&r, subject, body));
    }
}

#[test]
fn bad_input_goes_through_without_a_panic() {
    let huge = "Thank you for applying to Acme. ".repeat(7_000); // ~220 KB
    let r = read("x", &huge, "");
    assert!(r.cut);
    assert!(plain_text(&huge).0.chars().count() <= MAX_EMAIL_CHARS);
    let junk: String = (0..5_000u32)
        .filter_map(|i| char::from_u32((i * 7919) % 0x2_0000))
        .collect();
    let _ = read(&junk, &junk, &junk);
    let _ = read("", "", "");
    let _ = read("<<<>>>", "<p>unclosed <b tag", "");
    let _ = read("مرحبا", "شكرا لتقديمك. لن نمضي قدما.", "");
    let _ = read("🎉", "🙏🏽👩‍💻 We regret to inform you 🫠", "");
    let _ = read("Re: Re: Fwd: FW:", "On wrote:\n> > >", "");
    let _ = read(
        "İİİ",
        "İstanbul İİİ ß ẞ ǅ Ⅻ the position of İİ role at ǅǅ",
        "",
    );
    // Cases the earlier property tests shrank to.
    let _ = read("", "\0\u{10000}a", "");
    let _ = read("– Thank", "– Thank", "");
}

/// A realistic paste: a long thread of job emails, to [`MAX_EMAIL_CHARS`].
fn long_paste() -> String {
    let one = "From: Acme Careers <careers@acme-co.com>\nDate: Tue, 3 Nov 2026 at 09:14\n\nHi Sam,\n\nThank you for your interest in the Senior Product Designer position at Acme. Unfortunately we have decided to move forward with other candidates whose experience more closely matches.\n\nKind regards,\nJo Smith\nTalent Partner | Acme\n\nOn Mon, 2 Nov 2026 at 11:20, Sam Lee <sam@example.com> wrote:\n> Hi Jo, just checking in on the application at Acme.\n\n";
    one.repeat(MAX_EMAIL_CHARS / one.len() + 1)
}

/// Pastes built to be slow: one endless line, a wall of names, a thread of
/// hundreds of quotes and headers, tag and entity soup, Spanish titles.
fn worst_cases() -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(MAX_EMAIL_CHARS / unit.chars().count() + 1);
    vec![
        ("one line", fill("the position of Acme Labs role at Northwind interest in Vale & Co, Inc. if the next round ")),
        ("names", fill("Acme Labs Group Talent Team\nSenior Data Engineer (L4), Search — Dublin\n")),
        ("quotes", fill("On Mon, 2 Nov 2026 at 11:20, Acme <a@acme.com> wrote:\n> we regret\n")),
        ("headers", fill("From: A <a@b.com>\nTo: x\nSubject: Re: y\nDate: 3 Nov 2026\n\n")),
        ("tags", format!("<p>{}", fill("<<a href=x>&amp;&#x41;&nbsp;<br>"))),
        ("spanish", fill("Gracias por tu interés en el puesto de analista de datos en Grupo Solera, ")),
        ("signatures", fill("Best regards,\nJo Smith\nTalent Partner | Brightline Media\n\n")),
    ]
}

#[test]
fn worst_case_pastes_are_read_in_linear_time() {
    for (name, text) in worst_cases() {
        let start = Instant::now();
        let r = read("Re: Fwd: Update", &text, "");
        let took = start.elapsed();
        println!("{name}: {took:?}");
        assert!(r.cut || text.chars().count() <= MAX_EMAIL_CHARS);
        assert!(took < Duration::from_millis(1_500), "{name}: {took:?}");
    }
}

#[test]
fn a_long_paste_is_read_in_linear_time() {
    let long = long_paste();
    let short: String = long.chars().take(MAX_EMAIL_CHARS / 10).collect();
    let time = |text: &str| {
        let start = Instant::now();
        for _ in 0..3 {
            std::hint::black_box(read("Re: Your application", text, ""));
        }
        start.elapsed() / 3
    };
    let (t_short, t_long) = (time(&short), time(&long));
    println!("10 % of a full paste: {t_short:?}; a full paste: {t_long:?}");
    // Generous for a debug build on a busy machine; `--release` reads a full
    // paste in a few milliseconds.
    assert!(t_long < Duration::from_millis(1_500), "{t_long:?}");
    // Ten times the text takes about ten times as long, not a hundred.
    assert!(
        t_long < t_short * 30 + Duration::from_millis(20),
        "{t_short:?} → {t_long:?}"
    );
}
