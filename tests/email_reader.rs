//! The email reader against a corpus written for this project
//! (tests/fixtures/emails): accuracy per field, printed, with floors; and
//! bad input of every kind.

use chrono::NaiveDate;
use proptest::prelude::*;
use rebound::model::email::{plain_text, read, EmailKind, Reading, MAX_EMAIL_CHARS};
use rebound::model::rejection::{Outcome, Stage};

struct Case {
    name: String,
    subject: String,
    url: String,
    body: String,
    expect: std::collections::HashMap<String, String>,
}

fn corpus() -> Vec<Case> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/emails");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("the corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a readable fixture");
            let (head, body) = text.split_once("\n---\n").expect("a header and a body");
            let mut expect = std::collections::HashMap::new();
            for line in head.lines() {
                let (k, v) = line.split_once(':').expect("key: value");
                expect.insert(k.trim().to_string(), v.trim().to_string());
            }
            Case {
                name: path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                subject: expect.get("subject").cloned().unwrap_or_default(),
                url: expect.get("url").cloned().unwrap_or_default(),
                body: body.to_string(),
                expect,
            }
        })
        .collect()
}

fn kind_key(k: EmailKind) -> &'static str {
    match k {
        EmailKind::Rejection => "rejection",
        EmailKind::Interview => "interview",
        EmailKind::Offer => "offer",
        EmailKind::Acknowledgement => "acknowledgement",
        EmailKind::Unknown => "unknown",
    }
}

fn got(r: &Reading, field: &str) -> String {
    match field {
        "company" => r.company.clone().unwrap_or_default(),
        "role" => r.role.clone().unwrap_or_default(),
        "stage" => r.stage.map(|s| s.key().to_string()).unwrap_or_default(),
        "kind" => kind_key(r.kind).to_string(),
        "date" => r.date.map(|d| d.to_string()).unwrap_or_default(),
        "signer" => r.signer.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

#[test]
fn the_corpus_is_read_accurately_and_nothing_is_made_up() {
    let cases = corpus();
    assert!(cases.len() >= 40, "the corpus has {} emails", cases.len());
    let fields = ["company", "role", "kind", "stage", "date", "signer"];
    let mut right = [0usize; 6];
    let mut misses = Vec::new();
    for c in &cases {
        let r = read(&c.subject, &c.body, &c.url);
        for (i, f) in fields.iter().enumerate() {
            let want = c.expect.get(*f).cloned().unwrap_or_default();
            let have = got(&r, f);
            if want == have {
                right[i] += 1;
            } else {
                misses.push(format!(
                    "  {:<40} {f:<8} want {want:?}, got {have:?}",
                    c.name
                ));
            }
        }
        // Every name the reader proposes is copied from the text.
        let text = format!("{}\n{}", plain_text(&c.subject).0, plain_text(&c.body).0);
        for value in [&r.company, &r.role, &r.signer].into_iter().flatten() {
            assert!(
                text.contains(value.as_str()),
                "{}: {value:?} is not in the text",
                c.name
            );
        }
    }
    println!("Email reader on {} emails:", cases.len());
    for (i, f) in fields.iter().enumerate() {
        println!(
            "  {f:<8} {:>5.1} %",
            100.0 * right[i] as f64 / cases.len() as f64
        );
    }
    println!("Misses:\n{}", misses.join("\n"));
    let pct = |i: usize| 100.0 * right[i] as f64 / cases.len() as f64;
    assert!(pct(0) >= 90.0, "company {:.1} %", pct(0));
    assert!(pct(1) >= 85.0, "role {:.1} %", pct(1));
    assert!(pct(2) >= 95.0, "kind {:.1} %", pct(2));
}

#[test]
fn the_traps_are_avoided() {
    // "Unfortunately" alone is not a rejection.
    let r = read(
        "Parking",
        "Unfortunately the car park is closed on Friday.",
        "",
    );
    assert_eq!(r.kind, EmailKind::Unknown);
    // "Thank you for applying" alone is an acknowledgement.
    let r = read("Hello", "Thank you for applying. We will be in touch.", "");
    assert_eq!(r.kind, EmailKind::Acknowledgement);
    // "Unable to offer" is no offer.
    let r = read(
        "Outcome",
        "We are unable to offer you the role this time.",
        "",
    );
    assert_eq!(r.kind, EmailKind::Rejection);
    // The hiring software's address is not the employer.
    let r = read(
        "",
        "From: Greenhouse <no-reply@greenhouse.io>\nSubject: Hello\n\nThanks for applying.",
        "",
    );
    assert_eq!(r.company, None);
}

#[test]
fn a_reading_becomes_a_draft_for_the_form() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("a day");
    let r = read(
        "Your interview",
        "Thank you for interviewing for the Data Analyst role at Acme.\nWe have decided not to move forward.\n\nBest regards,\nJo Smith",
        "",
    );
    let d = r.to_draft(today);
    assert_eq!(
        (d.company.as_str(), d.role.as_str()),
        ("Acme", "Data Analyst")
    );
    assert_eq!(d.stage, Stage::Interview);
    assert_eq!(d.outcome, Outcome::Rejected);
    assert_eq!(d.contact_name, "Jo Smith");
    assert_eq!(d.date, "2026-11-26");
    // An invitation becomes an application in progress; an offer, an offer.
    assert_eq!(
        read("", "We would like to invite you to an interview.", "")
            .to_draft(today)
            .outcome,
        Outcome::InProgress
    );
    assert_eq!(
        read("", "We are pleased to offer you the job.", "")
            .to_draft(today)
            .outcome,
        Outcome::Offer
    );
    // A date in the future (a typo in the mail) is not used.
    let mut r = read("", "", "");
    r.date = NaiveDate::from_ymd_opt(2027, 1, 1);
    assert_eq!(r.to_draft(today).date, "2026-11-26");
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
}

proptest! {
    #[test]
    fn any_text_is_read_without_a_panic_and_names_come_from_it(subject in ".{0,200}", body in ".{0,2000}") {
        let r = read(&subject, &body, "");
        let text = format!("{}\n{}", plain_text(&subject).0, plain_text(&body).0);
        for value in [&r.company, &r.role, &r.signer].into_iter().flatten() {
            prop_assert!(text.contains(value.as_str()));
        }
    }

    #[test]
    fn job_like_text_is_read_without_a_panic(words in prop::collection::vec(prop::sample::select(vec![
        "Thank", "you", "for", "applying", "to", "Acme,", "Inc.", "the", "Senior", "(Data)", "Engineer", "role", "at",
        "&", "Vale", "position", "of", "not", "moving", "forward", "\n", "Best", "regards,", "On", "wrote:", ">", "From:", "Date:",
        "Nov", "2026", "3", "-", "–", "'s", ".", ",", "interview", "final", "round", "offer", "you",
    ]), 0..120)) {
        let text = words.join(" ");
        let r = read(&text, &text, "");
        let plain = format!("{}\n{}", plain_text(&text).0, plain_text(&text).0);
        for value in [&r.company, &r.role, &r.signer].into_iter().flatten() {
            prop_assert!(plain.contains(value.as_str()));
        }
    }
}
