//! The composer's text, checked sentence by sentence: every kind × tone ×
//! stage × choice of questions, rendered with awkward names, companies,
//! roles and personal lines, must read as a careful person would write it.

use rebound::model::compose::{
    addressee, bridge_check, clean_value, own_sentence, Addressee, Compose, Kind, Tone,
};
use rebound::model::rejection::Stage;

/// (typed, greeting when Brief, greeting when Warm).
const NAMES: [(&str, &str, &str); 9] = [
    ("Ana", "Hi Ana,", "Hi Ana,"),
    ("Mary-Jane Smith", "Hi Mary-Jane,", "Hi Mary-Jane,"),
    ("Dr. Ana Ruiz", "Hello Dr. Ruiz,", "Dear Dr. Ruiz,"),
    ("Mx Kim Lee", "Hello Mx Lee,", "Dear Mx Lee,"),
    ("ANA RUIZ", "Hi Ana,", "Hi Ana,"),
    ("", "Hello,", "Hi there,"),
    ("Hiring Team", "Dear hiring team,", "Dear hiring team,"),
    ("ana.ruiz@acme.com", "Hello,", "Hi there,"),
    (
        "  prof. ada LOVELACE-BYRON ",
        "Hello Prof. Lovelace-Byron,",
        "Dear Prof. Lovelace-Byron,",
    ),
];

/// (typed, as it must appear).
const COMPANIES: [(&str, &str); 5] = [
    ("Acme Co.", "Acme Co."),
    ("Smith & Sons &", "Smith & Sons"),
    ("\"Quote\" Labs", "\"Quote\" Labs"),
    ("O'Brien Ltd.", "O'Brien Ltd."),
    ("", ""),
];

const ROLES: [&str; 2] = ["", "Senior Engineer (Payments)"];

/// (typed, as it must appear once).
const LINES: [(&str, &str); 5] = [
    ("the team was kind", "The team was kind."),
    ("The team was kind.", "The team was kind."),
    ("I loved the case study!", "I loved the case study!"),
    ("", ""),
    ("  spaced  ", "Spaced."),
];

const YOUR_NAMES: [&str; 2] = ["", "Sam Lee"];

const KINDS: [Kind; 3] = [Kind::Feedback, Kind::ThankYou, Kind::Nudge];
const TONES: [Tone; 2] = [Tone::Brief, Tone::Warm];

/// The question and stay-in-touch choices that change a kind's text.
fn choices(kind: Kind) -> Vec<[bool; 4]> {
    let asks = if kind == Kind::ThankYou { 1 } else { 8 };
    (0..asks)
        .flat_map(|a| [true, false].map(|stay| [a & 1 != 0, a & 2 != 0, a & 4 != 0, stay]))
        .collect()
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

/// Problems shared by the subject and the body.
fn text_problems(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // All the marks checked are ASCII, so bytes will do (and are quick).
    let b = text.as_bytes();
    let mark = |c: u8| matches!(c, b',' | b'.' | b';' | b':' | b'!' | b'?');
    let mut run = 0; // how many dots end at i
    for i in 0..b.len() {
        run = if b[i] == b'.' { run + 1 } else { 0 };
        let next = b.get(i + 1).copied().unwrap_or(0);
        let after_space = if next == b' ' {
            b.get(i + 2).copied().unwrap_or(0)
        } else {
            0
        };
        // Inside "...", an ellipsis, is fine.
        let ellipsis = b[i] == b'.'
            && (run >= 3
                || (next == b'.'
                    && run + b[i + 1..].iter().take_while(|&&c| c == b'.').count() >= 3));
        if mark(b[i]) && !ellipsis {
            for (gap, n) in [("", next), (" ", after_space)] {
                if mark(n) {
                    out.push(format!(
                        "doubled punctuation {:?}",
                        format!("{}{gap}{}", b[i] as char, n as char)
                    ));
                }
            }
        }
        if b[i] == b' ' && mark(next) {
            out.push(format!("space before {:?}", next as char));
        }
        // Leftovers of a template, and spacing that is not one space.
        let pair = [b[i], next];
        if matches!(b[i], b'{' | b'}' | b'<' | b'>' | b'[' | b']' | b'\t')
            || matches!(&pair, b"  " | b"__" | b"()" | b" \n" | b"\n ")
            || (pair == *b"\n\n" && b.get(i + 2) == Some(&b'\n'))
            || (i == 0 && b[i] == b' ')
            || (next == 0 && b[i] == b' ')
        {
            out.push(format!(
                "bad spacing or a leftover at {i}: {:?}",
                &text[i..]
            ));
        }
    }
    if text.contains("TODO") {
        out.push("contains TODO".into());
    }
    out
}

/// Everything wrong with one rendering (empty when it reads well).
fn problems(c: &Compose) -> Vec<String> {
    let body = c.body();
    let subject = c.subject();
    let mut out = text_problems(&body);
    out.extend(
        text_problems(&subject)
            .into_iter()
            .map(|p| format!("subject: {p}")),
    );
    if subject.ends_with(['.', ',', ':']) || subject.contains('\n') {
        out.push("subject is not a one-line title".into());
    }

    // Greeting and sign-off.
    let (_, brief, warm) = NAMES
        .iter()
        .find(|(n, _, _)| *n == c.recipient_name)
        .expect("a listed name");
    let hi = if c.tone == Tone::Brief { brief } else { warm };
    let lines: Vec<&str> = body.lines().collect();
    if lines.first() != Some(hi) {
        out.push(format!("greeting {:?}, wanted {hi:?}", lines.first()));
    }
    let sign = if c.tone == Tone::Brief {
        "Best wishes,"
    } else {
        "With thanks,"
    };
    let tail: &[&str] = match c.your_name.as_str() {
        "" => &[sign],
        name => &[sign, name],
    };
    if !lines.ends_with(tail) || count(&body, sign) != 1 {
        out.push(format!("sign-off, wanted {tail:?}"));
    }

    // Every other line is whole sentences (or a list's intro and items).
    let last_sentence = lines.len() - tail.len();
    for (i, line) in lines.iter().enumerate().take(last_sentence).skip(1) {
        if line.is_empty() {
            continue;
        }
        let text = line.strip_prefix("- ").unwrap_or(line);
        let intro = line.ends_with(':') && lines.get(i + 1).is_some_and(|l| l.starts_with("- "));
        if !(intro || text.ends_with(['.', '!', '?'])) {
            out.push(format!("unended sentence {line:?}"));
        }
        if !text.starts_with(|ch: char| ch.is_uppercase()) {
            out.push(format!("sentence starts in lower case: {line:?}"));
        }
        for stop in [". ", "! ", "? "] {
            for (at, _) in text.match_indices(stop) {
                let next = text[at + 2..].chars().next();
                if !next.is_some_and(char::is_uppercase) {
                    out.push(format!("after {stop:?} a lower-case word: {line:?}"));
                }
            }
        }
    }

    // Names as they should appear.
    let company = COMPANIES
        .iter()
        .find(|(typed, _)| *typed == c.company)
        .map_or("", |(_, shown)| shown);
    if !company.is_empty() && !body.contains(company) {
        out.push(format!("company {company:?} missing"));
    }
    // ("Co.." and "Co.," are doubled punctuation, found above.)
    if body.contains("Sons &") {
        out.push("the company's stray \"&\" kept".into());
    }
    if !c.role.is_empty() && (!body.contains(&c.role) || !subject.contains(&c.role)) {
        out.push("role missing".into());
    }
    let line = LINES
        .iter()
        .find(|(typed, _)| *typed == c.personal_line)
        .map_or("", |(_, shown)| shown);
    let wanted = usize::from(!line.is_empty() && c.kind != Kind::Nudge);
    if !line.is_empty() && count(&body, line) != wanted {
        out.push(format!("personal line {line:?} not there {wanted} time(s)"));
    }
    if c.recipient_name.trim().contains(' ') && body.contains(c.recipient_name.trim()) {
        out.push("the full name is used".into());
    }

    out
}

/// Calls `f` with every combination of the awkward inputs.
fn each_case(mut f: impl FnMut(Compose)) {
    for kind in KINDS {
        for [ask_areas, ask_reason, ask_future, stay_in_touch] in choices(kind) {
            for tone in TONES {
                for stage in Stage::ALL {
                    for (name, _, _) in NAMES {
                        for (company, _) in COMPANIES {
                            for role in ROLES {
                                for (line, _) in LINES {
                                    for your_name in YOUR_NAMES {
                                        f(Compose {
                                            kind,
                                            tone,
                                            stage,
                                            recipient_name: name.into(),
                                            your_name: your_name.into(),
                                            company: company.into(),
                                            role: role.into(),
                                            ask_areas,
                                            ask_reason,
                                            ask_future,
                                            personal_line: line.into(),
                                            stay_in_touch,
                                        });
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

#[test]
fn every_template_reads_well_with_awkward_inputs() {
    // Shared between the cores: case n goes to thread n % threads.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let (rendered, failures) = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|part| {
                scope.spawn(move || {
                    let (mut seen, mut rendered, mut failures) = (0usize, 0usize, Vec::new());
                    each_case(|c| {
                        seen += 1;
                        if seen % threads != part {
                            return;
                        }
                        rendered += 1;
                        let found = problems(&c);
                        if !found.is_empty() && failures.len() < 3 {
                            failures.push(format!(
                                "{found:?}\n{c:?}\nSubject: {}\n{}",
                                c.subject(),
                                c.body()
                            ));
                        }
                    });
                    (rendered, failures)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a checking thread"))
            .fold((0, Vec::new()), |(n, mut all), (m, some)| {
                all.extend(some);
                (n + m, all)
            })
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let choices = 8 * 2 + 2 + 8 * 2;
    assert_eq!(
        rendered,
        choices * TONES.len() * Stage::ALL.len() * 9 * 5 * ROLES.len() * 5 * 2
    );
}

#[test]
fn the_templates_never_set_off_the_tone_check() {
    let mut checked = 0;
    each_case(|c| {
        if c.role.is_empty() || c.your_name.is_empty() || c.personal_line != LINES[2].0 {
            return;
        }
        checked += 1;
        let body = c.body();
        let notes: Vec<_> = bridge_check(&body)
            .into_iter()
            .map(|n| n.key)
            .filter(|k| *k != "length")
            .collect();
        assert!(notes.is_empty(), "{notes:?}\n{body}");
    });
    assert_eq!(checked, 34 * 2 * 6 * 9 * 5);
}

#[test]
fn the_issue_s_final_round_example_reads_well() {
    let c = Compose {
        kind: Kind::Feedback,
        tone: Tone::Warm,
        stage: Stage::FinalRound,
        recipient_name: "Ana Ruiz".into(),
        company: "Northwind Co.".into(),
        personal_line: "I enjoyed meeting the team".into(),
        ..Compose::default()
    };
    let body = c.body();
    assert!(body.starts_with("Hi Ana,\n\n"), "{body}");
    assert!(!body.contains("Co.."), "{body}");
    assert!(
        body.contains("the role at Northwind Co. I'm disappointed"),
        "{body}"
    );
    assert!(
        body.contains("final round. I enjoyed meeting the team.\n"),
        "{body}"
    );
    assert!(
        body.ends_with("opens up at Northwind Co.\n\nWith thanks,"),
        "{body}"
    );
}

#[test]
fn greetings_use_the_name_a_person_would() {
    let person = |s: &str| Addressee::Person(s.into());
    let titled = |t: &str, s: &str| Addressee::Titled {
        title: t.into(),
        surname: s.into(),
    };
    let cases = [
        ("Ana", person("Ana")),
        ("  Ana  ", person("Ana")),
        ("Mary-Jane Smith", person("Mary-Jane")),
        ("ANA RUIZ", person("Ana")),
        ("ana ruiz", person("Ana")),
        ("MARY-JANE O'BRIEN", person("Mary-Jane")),
        ("AJ Smith", person("AJ")),
        ("Ruiz, Ana", person("Ana")),
        ("Ana Ruiz, PhD", person("Ana")),
        ("Ana Ruiz, Talent Partner", person("Ana")),
        ("Ana Ruiz | Recruiter", person("Ana")),
        ("Ana Ruiz (she/her)", person("Ana")),
        ("\"Ana Ruiz\" <ana@acme.com>", person("Ana")),
        ("J. Smith", person("J. Smith")),
        ("Dr. Ana Ruiz", titled("Dr.", "Ruiz")),
        ("Dr Ana Ruiz", titled("Dr", "Ruiz")),
        ("dr. ana ruiz", titled("Dr.", "Ruiz")),
        ("DR. ANA RUIZ-ORTEGA", titled("Dr.", "Ruiz-Ortega")),
        ("Prof. Ada Lovelace", titled("Prof.", "Lovelace")),
        ("Mx Kim Lee", titled("Mx", "Lee")),
        ("Mrs Jones", titled("Mrs", "Jones")),
        ("Mr. John Smith Jr.", titled("Mr.", "Smith")),
        ("Ms. Ana de la Cruz", titled("Ms.", "de la Cruz")),
        ("Miss. Ada Byron", titled("Miss", "Byron")),
        ("Herr Jonas Müller", titled("Herr", "Müller")),
        ("Frau Dr. Lena Vogel", titled("Frau Dr.", "Vogel")),
        ("Sra. Lucía Gómez", titled("Sra.", "Gómez")),
        ("Sr Pablo Ortiz", titled("Sr", "Ortiz")),
        ("M. Jean Dupont", titled("M.", "Dupont")),
        ("Mme Claire Martin", titled("Mme", "Martin")),
        ("Dr. Ana R.", person("Ana")),
        ("", Addressee::Unknown),
        ("   ", Addressee::Unknown),
        ("Dr.", Addressee::Unknown),
        ("J.", Addressee::Unknown),
        ("ana@acme.com", Addressee::Unknown),
        ("-", Addressee::Unknown),
        ("Hiring Team", Addressee::Team),
        ("Recruiting", Addressee::Team),
        ("Talent Acquisition", Addressee::Team),
        ("The Acme Recruitment Team", Addressee::Team),
    ];
    for (typed, wanted) in cases {
        assert_eq!(addressee(typed), wanted, "{typed:?}");
    }
    // A "name" that is the company is a team, too.
    let c = Compose {
        recipient_name: "Acme".into(),
        company: "Acme".into(),
        ..Compose::default()
    };
    assert_eq!(c.greeting(), "Dear hiring team,");
}

#[test]
fn own_lines_become_one_sentence_each() {
    let cases = [
        ("the team was kind", Some("The team was kind.")),
        ("The team was kind.", Some("The team was kind.")),
        ("I loved the case study!", Some("I loved the case study!")),
        ("was it?", Some("Was it?")),
        ("  spaced   out  ", Some("Spaced out.")),
        ("the team was kind ,", Some("The team was kind.")),
        ("the team was kind..", Some("The team was kind.")),
        ("the team was kind . ", Some("The team was kind.")),
        ("and then...", Some("And then...")),
        ("she said \"well done!\"", Some("She said \"well done!\"")),
        ("\"great team\"", Some("\"Great team\".")),
        ("", None),
        ("   ", None),
        (" . ", None),
    ];
    for (typed, wanted) in cases {
        assert_eq!(own_sentence(typed).as_deref(), wanted, "{typed:?}");
    }
}

#[test]
fn names_are_cleaned_but_keep_their_own_marks() {
    let cases = [
        ("Acme Co.", "Acme Co."),
        ("Acme Co..", "Acme Co."),
        ("Smith & Sons &", "Smith & Sons"),
        ("  Acme   Labs ", "Acme Labs"),
        ("\"Quote\" Labs", "\"Quote\" Labs"),
        ("\"Acme\"", "Acme"),
        ("Acme \"Labs", "Acme Labs"),
        ("Acme ()", "Acme"),
        ("Acme , Inc.", "Acme, Inc."),
        ("Yahoo!", "Yahoo!"),
        ("- Acme -", "Acme"),
        ("C++ Guild", "C++ Guild"),
        (".NET Shop", ".NET Shop"),
        ("&", ""),
    ];
    for (typed, wanted) in cases {
        assert_eq!(clean_value(typed), wanted, "{typed:?}");
    }
}

#[test]
fn names_ending_in_a_mark_end_the_sentence_once() {
    for (company, shown) in [
        ("Acme Co.", "Acme Co."),
        ("Yahoo!", "Yahoo!"),
        ("Acme Inc..", "Acme Inc."),
        ("Acme...", "Acme"),
    ] {
        for tone in TONES {
            for kind in KINDS {
                let c = Compose {
                    kind,
                    tone,
                    company: company.into(),
                    ..Compose::default()
                };
                let body = c.body();
                let found = text_problems(&body);
                assert!(found.is_empty(), "{found:?}\n{body}");
                assert!(body.contains(&format!("at {shown}")), "{body}");
            }
        }
    }
}

#[test]
fn roles_read_as_roles() {
    let subject = |role: &str, kind: Kind| {
        Compose {
            role: role.into(),
            kind,
            ..Compose::default()
        }
        .subject()
    };
    assert_eq!(
        subject("Data Analyst", Kind::Feedback),
        "Thank you, and a quick question about the Data Analyst role"
    );
    assert_eq!(
        subject("the Data Analyst role", Kind::Feedback),
        "Thank you, and a quick question about the Data Analyst role"
    );
    assert_eq!(
        subject("Designer.", Kind::ThankYou),
        "Thank you — the Designer role"
    );
    assert_eq!(
        subject("Sr. Eng.", Kind::Nudge),
        "Following up on the Sr. Eng. role"
    );
    assert_eq!(subject("", Kind::ThankYou), "Thank you for your time");
    assert_eq!(subject("  ", Kind::Nudge), "Following up on my application");
    assert_eq!(
        subject("Senior Engineer ()", Kind::Feedback),
        "Thank you, and a quick question about the Senior Engineer role"
    );
}

#[test]
fn the_sign_off_carries_your_name_only_when_given() {
    let sign = |name: &str, tone: Tone| {
        Compose {
            your_name: name.into(),
            tone,
            ..Compose::default()
        }
        .sign_off()
    };
    assert_eq!(sign("", Tone::Brief), "Best wishes,");
    assert_eq!(sign("  ", Tone::Warm), "With thanks,");
    assert_eq!(sign(" Sam  Lee ", Tone::Brief), "Best wishes,\nSam Lee");
    assert_eq!(sign("Sam Lee,", Tone::Warm), "With thanks,\nSam Lee");
    assert_eq!(sign("Sam Lee.", Tone::Warm), "With thanks,\nSam Lee");
    assert_eq!(sign("Sam Lee Jr.", Tone::Warm), "With thanks,\nSam Lee Jr.");
}

#[test]
fn every_stage_has_its_own_words() {
    let reasons: Vec<String> = Stage::ALL
        .into_iter()
        .map(|stage| {
            let c = Compose {
                stage,
                ask_areas: false,
                ask_future: false,
                ..Compose::default()
            };
            c.body()
        })
        .collect();
    for (i, a) in reasons.iter().enumerate() {
        for b in &reasons[i + 1..] {
            assert_ne!(a, b);
        }
    }
}

#[test]
fn without_questions_a_request_still_asks_gently() {
    for kind in [Kind::Feedback, Kind::Nudge] {
        let c = Compose {
            kind,
            ask_areas: false,
            ask_reason: false,
            ask_future: false,
            ..Compose::default()
        };
        let body = c.body();
        assert!(
            body.contains("grateful for any feedback you can share."),
            "{body}"
        );
        assert!(!body.contains(':'), "{body}");
    }
    let thanks = Compose {
        kind: Kind::ThankYou,
        stay_in_touch: false,
        ..Compose::default()
    };
    assert!(thanks.body().contains("all the best."));
    assert!(!thanks.body().contains("feedback"));
}

#[test]
fn double_first_names_are_greeted_whole() {
    use rebound::model::compose::{addressee, Addressee};
    for (typed, want) in [
        ("Ana María López", "Ana María"),
        ("José Luis Pérez", "José Luis"),
        ("Ana María", "Ana María"),
        ("Ana Ruiz", "Ana"),
        ("Mary Jane Watson", "Mary Jane"),
    ] {
        assert_eq!(addressee(typed), Addressee::Person(want.into()), "{typed}");
    }
}
