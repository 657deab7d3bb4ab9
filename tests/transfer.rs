//! Send to my other device: the one-time code, the package of changes, the
//! sealed envelope, the fountain code over QR frames, the QR codes
//! themselves, and the budget figures for a camera transfer.
//!
//! `cargo test --test transfer -- --nocapture` prints the figures.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::*;
use proptest::prelude::*;
use rebound::model::backup::{backup_json, ImportError};
use rebound::model::data::{merge, normalise, AppData, DecodeError, Pruned};
use rebound::model::record::{Id, Record};
use rebound::model::rejection::Outcome;
use rebound::model::transfer::code::CodeError;
use rebound::model::transfer::decoder::Decoder;
use rebound::model::transfer::fountain::{plan, EncodeError, Encoder, DEFAULT_BLOCK_SIZE};
use rebound::model::transfer::frame::{FrameError, HEADER_LEN, MAX_PAYLOAD};
use rebound::model::transfer::package::{changes_since, package_json, read_package, PackageError};
use rebound::model::transfer::peer::{
    day_words, last_exchange_text, missed_earlier, peers_from_json, peers_json, record_received,
    record_sent, Peer, MAX_PEERS,
};
use rebound::model::transfer::qr::{luma_from_rgba, qr_modules, qr_version, read_qr, QrMatrix};
use rebound::model::transfer::sealed::{
    is_transfer, open_transfer, seal_header, sealed_len, Compression, SealedTransfer, TransferError,
};
use rebound::model::transfer::{new_code, parse_code};

// ---------------------------------------------------------------- code

fn digits(code: &str) -> Vec<u8> {
    code.bytes().filter(u8::is_ascii_digit).collect()
}

proptest! {
    #[test]
    fn a_new_code_reads_back_and_is_grouped_for_reading(random in any::<[u8; 16]>()) {
        let code = new_code(random);
        prop_assert_eq!(code.len(), 12);
        prop_assert_eq!(&code[3..4], " ");
        prop_assert_eq!(&code[7..8], " ");
        let typed = parse_code(&code).expect("a new code is valid");
        let want = digits(&code);
        prop_assert_eq!(typed.as_bytes(), want.as_slice());
    }

    #[test]
    fn every_single_digit_typo_and_adjacent_swap_is_caught(random in any::<[u8; 16]>()) {
        let good = digits(&new_code(random));
        for i in 0..10 {
            for d in b'0'..=b'9' {
                if d == good[i] {
                    continue;
                }
                let mut typo = good.clone();
                typo[i] = d;
                let typo = String::from_utf8(typo).unwrap();
                prop_assert_eq!(parse_code(&typo), Err(CodeError::Typo), "{}", typo);
            }
        }
        for i in 0..9 {
            if good[i] == good[i + 1] {
                continue;
            }
            let mut swap = good.clone();
            swap.swap(i, i + 1);
            let swap = String::from_utf8(swap).unwrap();
            prop_assert_eq!(parse_code(&swap), Err(CodeError::Typo), "{}", swap);
        }
    }

    #[test]
    fn parsing_any_text_never_panics(text in ".{0,80}") {
        let _ = parse_code(&text);
    }
}

#[test]
fn codes_are_uniform_enough_and_differ_by_seed() {
    let a = new_code([0; 16]);
    let b = new_code([1; 16]);
    assert_ne!(a, b);
    assert_eq!(
        a, "000 000 0000",
        "zero is a valid code: Damm's check of zeros is 0"
    );
}

#[test]
fn spaces_and_dashes_are_fine_anywhere() {
    let code = new_code([7; 16]);
    let d = String::from_utf8(digits(&code)).unwrap();
    let dashed = format!("{}-{}-{}", &d[..3], &d[3..6], &d[6..]);
    let fullwidth: String = d
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xff10).unwrap())
        .collect();
    for typed in [
        code.clone(),
        d.clone(),
        dashed,
        format!("  {code}\n"),
        format!("{} – {}", &d[..5], &d[5..]),
        d.chars().map(|c| format!("{c} ")).collect(),
        fullwidth,
    ] {
        assert_eq!(parse_code(&typed).as_deref(), Ok(d.as_str()), "{typed:?}");
    }
}

#[test]
fn wrong_lengths_and_letters_are_told_kindly() {
    assert_eq!(parse_code(""), Err(CodeError::Length(0)));
    assert_eq!(parse_code("   "), Err(CodeError::Length(0)));
    assert_eq!(parse_code("123 456 789"), Err(CodeError::Length(9)));
    assert_eq!(parse_code("123 456 78901"), Err(CodeError::Length(11)));
    assert_eq!(parse_code("123 456 789O"), Err(CodeError::NotDigits));
    assert_eq!(parse_code(&"1".repeat(5000)), Err(CodeError::Length(65)));
    let messages = [
        CodeError::Length(0),
        CodeError::Length(1),
        CodeError::Length(9),
        CodeError::Length(11),
        CodeError::NotDigits,
        CodeError::Typo,
    ]
    .map(|e| e.to_string());
    assert_eq!(
        messages[0],
        "Type the 10-digit code shown on your other device."
    );
    assert!(messages[1].starts_with("That's 1 digit;"));
    assert!(messages[2].starts_with("That's 9 digits;"));
    assert!(messages.iter().all(|m| m.ends_with('.')));
}

// ---------------------------------------------------------------- package

fn at(minutes: i64) -> DateTime<Utc> {
    t0() + Duration::minutes(minutes)
}

fn big_id(n: u64) -> Id {
    let mut b = [0x42u8; 16];
    b[8..].copy_from_slice(&n.to_be_bytes());
    Id::from_random(b)
}

/// Applications and journal entries updated at minutes 0, 10, 20 …, every
/// third deleted; settings changed at `settings_at`.
fn dated_data(n: u8, settings_at: Option<i64>) -> AppData {
    let mut d = AppData::default();
    for i in 0..n {
        let mut a = app(i, &format!("Co {i}"), Outcome::Rejected);
        a.meta.created_at = at(i64::from(i) - 200);
        a.meta.updated_at = at(i64::from(i) * 10);
        let mut e = entry_with_id(100 + i);
        e.meta.created_at = at(i64::from(i) - 200);
        e.meta.updated_at = at(i64::from(i) * 10 + 5);
        if i % 3 == 0 {
            a.meta.deleted_at = Some(a.meta.updated_at);
            a.clear_content();
        }
        d.applications.push(a);
        d.journal.push(e);
    }
    d.goals.push(goal_at(200, 3, at(0)));
    d.settings.your_name = "Sam".into();
    d.settings.updated_at = settings_at.map(at);
    d.pruned = vec![Pruned(id(250), at(-1000))];
    normalise(&d)
}

#[test]
fn changes_since_keeps_what_changed_after_tombstones_included() {
    let d = dated_data(9, Some(35));
    let delta = changes_since(&d, Some(at(30)));
    let times: Vec<i64> = delta
        .applications
        .iter()
        .map(|a| (a.meta.updated_at - t0()).num_minutes())
        .collect();
    assert_eq!(times, vec![40, 50, 60, 70, 80]);
    assert!(
        delta.applications.iter().any(|a| !a.meta.is_live()),
        "a deletion travels"
    );
    assert_eq!(delta.journal.len(), 6, "entries at 35, 45 … 85");
    assert!(delta.goals.is_empty());
    assert_eq!(delta.settings.your_name, "Sam", "changed at 35, after 30");
    assert_eq!(delta.pruned, d.pruned);

    let later = changes_since(&d, Some(at(40)));
    assert_eq!(
        later.settings.updated_at, None,
        "unchanged settings stay behind"
    );
    assert_eq!(later.settings.your_name, "");
    assert_eq!(changes_since(&d, None), d, "the first time: everything");
    assert_eq!(changes_since(&d, Some(at(10_000))).record_count(), 0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn changes_since_is_exactly_the_records_updated_after(data in any_data(), since in prop::option::of(0i64..1000)) {
        let data = normalise(&data);
        let since = since.map(|s| t0() + Duration::seconds(s));
        let delta = changes_since(&data, since);
        let after = |t: DateTime<Utc>| since.is_none_or(|s| t > s);
        fn ids<R: Record>(items: &[R]) -> Vec<Id> {
            items.iter().map(|r| *r.id()).collect()
        }
        fn ids_after<R: Record>(items: &[R], after: &dyn Fn(DateTime<Utc>) -> bool) -> Vec<Id> {
            items.iter().filter(|r| after(r.meta().updated_at)).map(|r| *r.id()).collect()
        }
        prop_assert_eq!(ids(&delta.applications), ids_after(&data.applications, &after));
        prop_assert_eq!(ids(&delta.journal), ids_after(&data.journal, &after));
        prop_assert_eq!(ids(&delta.goals), ids_after(&data.goals, &after));
        prop_assert_eq!(ids(&delta.progress), ids_after(&data.progress, &after));
        prop_assert_eq!(ids(&delta.activities), ids_after(&data.activities, &after));
        prop_assert_eq!(ids(&delta.checkins), ids_after(&data.checkins, &after));
        prop_assert_eq!(&delta.pruned, &data.pruned);
    }

    #[test]
    fn a_package_round_trips(data in any_data(), since in prop::option::of(0i64..1000), from in any::<u128>()) {
        let data = normalise(&data);
        let since = since.map(|s| t0() + Duration::seconds(s));
        let delta = changes_since(&data, since);
        let text = package_json(&delta, from, since, at(2000), "1.2.3");
        let p = read_package(&text).expect("our own package reads back");
        prop_assert_eq!(p.from, from);
        prop_assert_eq!(p.sent_at, at(2000));
        prop_assert_eq!(p.since, since);
        prop_assert_eq!(p.data, delta);
    }

    /// What a delta is for: a device that already had everything up to
    /// `since` ends up exactly where the whole data would have taken it.
    #[test]
    fn the_changes_bring_a_device_that_had_the_rest_up_to_date(
        data in any_data(), mine in any_data(), since in 0i64..1000,
    ) {
        let (data, mine) = (normalise(&data), normalise(&mine));
        let since = t0() + Duration::seconds(since);
        let mut before = data.clone();
        before.applications.retain(|r| r.meta.updated_at <= since);
        before.journal.retain(|r| r.meta.updated_at <= since);
        before.goals.retain(|r| r.meta.updated_at <= since);
        before.progress.retain(|r| r.meta.updated_at <= since);
        before.activities.retain(|r| r.meta.updated_at <= since);
        before.checkins.retain(|r| r.meta.updated_at <= since);
        if data.settings.updated_at.is_some_and(|t| t > since) {
            before.settings = Default::default();
        }
        let here = merge(&mine, &normalise(&before));
        let delta = read_package(&package_json(&changes_since(&data, Some(since)), 1, Some(since), at(2000), "x"))
            .expect("reads back")
            .data;
        prop_assert_eq!(merge(&here, &delta), merge(&here, &data));
    }

    #[test]
    fn reading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        prop_assert!(read_package(&text).is_err());
    }

    #[test]
    fn reading_arbitrary_json_never_panics(app in "rebound|x", kind in "exchange|backup", version in 0u64..4, from in ".{0,40}", data in ".{0,60}") {
        let text = format!(r#"{{"app":"{app}","kind":"{kind}","version":{version},"from":"{from}","sent_at":"2026-01-01T00:00:00Z","since":null,"data":{data}}}"#);
        let _ = read_package(&text);
    }
}

fn sample_package() -> String {
    package_json(
        &dated_data(4, Some(1)),
        0xabc,
        Some(at(5)),
        at(100),
        "1.0.0",
    )
}

#[test]
fn a_package_says_who_sent_it_and_carries_the_backup_envelope_verbatim() {
    let d = dated_data(2, None);
    let text = package_json(&d, 0xabc, None, at(100), "1.0.0");
    let head = r#"{"app":"rebound","kind":"exchange","version":1,"from":"00000000000000000000000000000abc","sent_at":"#;
    assert!(text.starts_with(head), "{text}");
    let inner = backup_json(&d, at(100), "1.0.0");
    assert!(text.ends_with(&format!(",\"since\":null,\"data\":{inner}}}")));
}

#[test]
fn a_newer_package_or_newer_data_is_refused_with_its_own_message() {
    let text = sample_package();
    let newer = text.replacen("\"version\":1", "\"version\":2", 1);
    let e = read_package(&newer).unwrap_err();
    assert_eq!(e, PackageError::Newer(2));
    assert!(e
        .to_string()
        .contains("newer version of Rebound (transfer format 2)"));

    let schema = format!("\"schema\":{}", rebound::model::data::SCHEMA);
    let newer_data = text.replacen(&schema, "\"schema\":99", 1);
    let e = read_package(&newer_data).unwrap_err();
    assert_eq!(
        e,
        PackageError::Data(ImportError::Decode(DecodeError::Newer(99)))
    );
    assert!(e
        .to_string()
        .starts_with("Your other device has a newer version of Rebound (data version 99)."));
}

#[test]
fn wrong_or_cut_packages_are_refused_and_every_message_says_nothing_changed() {
    let text = sample_package();
    for cut in (0..text.len()).step_by(7) {
        assert!(read_package(&text[..cut]).is_err(), "cut at {cut}");
    }
    let backup = backup_json(&dated_data(2, None), at(1), "1");
    assert_eq!(read_package(&backup), Err(PackageError::NotPackage));
    assert_eq!(
        read_package(r#"{"app":"other"}"#),
        Err(PackageError::NotPackage)
    );
    assert_eq!(read_package(""), Err(PackageError::Damaged));
    assert_eq!(read_package("{\"app\":"), Err(PackageError::Damaged));
    let bad_from = text.replacen("00000000000000000000000000000abc", "xyz", 1);
    assert_eq!(read_package(&bad_from), Err(PackageError::Damaged));
    let no_version = text.replacen("\"version\":1,", "", 1);
    assert_eq!(read_package(&no_version), Err(PackageError::Damaged));
    let shape = text.replacen("\"your_name\":\"Sam\"", "\"your_name\":7", 1);
    assert!(matches!(
        read_package(&shape),
        Err(PackageError::Data(ImportError::Decode(DecodeError::Shape(
            _
        ))))
    ));
    let big = " ".repeat(rebound::model::backup::MAX_IMPORT_BYTES + 1);
    assert!(matches!(read_package(&big), Err(PackageError::TooLarge(_))));
    for e in [
        PackageError::TooLarge(11 << 20),
        PackageError::Damaged,
        PackageError::NotPackage,
        PackageError::Newer(2),
        PackageError::Data(ImportError::Empty),
        PackageError::Data(ImportError::FieldTooLong),
        PackageError::Data(ImportError::TooLarge(11 << 20)),
        PackageError::Data(ImportError::Decode(DecodeError::Shape("x".into()))),
        PackageError::Data(ImportError::Decode(DecodeError::Newer(9))),
    ] {
        assert!(e.to_string().ends_with("Nothing was changed."), "{e}");
    }
}

// ---------------------------------------------------------------- sealed

fn sealed(data_len: usize) -> SealedTransfer {
    SealedTransfer {
        iterations: 600_000,
        salt: (0..16).collect(),
        iv: (100..112).collect(),
        compression: Compression::DeflateRaw,
        data: (0..data_len).map(|i| (i * 7) as u8).collect(),
    }
}

#[test]
fn the_sealed_envelope_round_trips_and_its_header_is_the_additional_data() {
    let s = sealed(40);
    let json = s.to_json();
    assert!(json.starts_with(r#"{"format":"rebound-transfer","version":1,"kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"#));
    assert!(json.contains(r#""cipher":{"name":"AES-256-GCM","iv":"#));
    assert!(json.contains(r#""compressed":"deflate-raw","data":""#));
    assert!(is_transfer(json.as_bytes()));
    assert!(!is_transfer(b"{\"format\":\"rebound-encrypted\"}"));
    assert_eq!(open_transfer(json.as_bytes()), Ok(s.clone()));
    assert_eq!(
        String::from_utf8(s.header()).unwrap(),
        "rebound-transfer;v1;PBKDF2-SHA256;600000;AAECAwQFBgcICQoLDA0ODw==;AES-256-GCM;ZGVmZ2hpamtsbW5v;deflate-raw"
    );
    assert_eq!(
        s.header(),
        seal_header(600_000, &s.salt, &s.iv, Compression::DeflateRaw)
    );
    let plain = SealedTransfer {
        compression: Compression::None,
        ..s.clone()
    };
    assert_ne!(
        plain.header(),
        s.header(),
        "the compression is authenticated too"
    );
    assert_eq!(open_transfer(plain.to_json().as_bytes()), Ok(plain));
    for n in [16, 17, 18, 1000, 123_457] {
        assert_eq!(sealed_len(n - 16), sealed(n).to_json().len(), "{n}");
    }
}

#[test]
fn every_field_tampered_or_cut_gives_its_error() {
    let good: serde_json::Value = serde_json::from_str(&sealed(40).to_json()).unwrap();
    let with = |path: &[&str], v: serde_json::Value| {
        let mut j = good.clone();
        let mut at = &mut j;
        for p in &path[..path.len() - 1] {
            at = &mut at[*p];
        }
        at[path[path.len() - 1]] = v;
        open_transfer(j.to_string().as_bytes())
    };
    use serde_json::json;
    use TransferError::*;
    let cases: Vec<(&[&str], serde_json::Value, TransferError)> = vec![
        (&["format"], json!("rebound-encrypted"), Damaged),
        (&["version"], json!(2), Newer(2)),
        (&["version"], json!("1"), Damaged),
        (&["kdf", "name"], json!("scrypt"), Unknown("scrypt".into())),
        (&["kdf", "iterations"], json!(5_000_000), TooSlow(5_000_000)),
        (&["kdf", "iterations"], json!(1000), Damaged),
        (&["kdf", "iterations"], json!(-1), Damaged),
        (&["kdf", "salt"], json!("AAEC"), Damaged),
        (&["kdf", "salt"], json!("not base64!"), Damaged),
        (
            &["cipher", "name"],
            json!("AES-128-CBC"),
            Unknown("AES-128-CBC".into()),
        ),
        (&["cipher", "iv"], json!("AAAAAAAA"), Damaged),
        (&["compressed"], json!("gzip"), Unknown("gzip".into())),
        (&["compressed"], json!(null), Damaged),
        (&["data"], json!("AAAA"), Damaged),
        (&["data"], json!("AAA"), Damaged),
    ];
    for (path, v, want) in cases {
        assert_eq!(with(path, v.clone()), Err(want), "{path:?} = {v}");
    }
    let text = sealed(40).to_json();
    for cut in 0..text.len() {
        assert!(
            open_transfer(&text.as_bytes()[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    // Changes the cipher must catch: the envelope is fine, the additional
    // data differs, so decryption fails as with a wrong code.
    let other_iterations = with(&["kdf", "iterations"], json!(600_001)).unwrap();
    assert_ne!(other_iterations.header(), sealed(40).header());
    for e in [
        TooLarge(20 << 20),
        Damaged,
        Newer(2),
        Unknown("x".into()),
        TooSlow(9),
        WrongCode,
    ] {
        assert!(e.to_string().ends_with("Nothing was changed."), "{e}");
    }
    let wrong = WrongCode.to_string();
    assert!(wrong.contains("code doesn't open") && wrong.contains("changed on the way"));
    let huge = vec![b' '; rebound::model::transfer::sealed::MAX_SEALED_BYTES + 1];
    assert!(matches!(open_transfer(&huge), Err(TooLarge(_))));
}

proptest! {
    #[test]
    fn opening_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = is_transfer(&bytes);
        prop_assert!(open_transfer(&bytes).is_err());
    }

    #[test]
    fn any_sealed_transfer_round_trips(data in prop::collection::vec(any::<u8>(), 16..300), iterations in 100_000u32..=1_000_000) {
        let s = SealedTransfer { iterations, data, ..sealed(16) };
        prop_assert_eq!(open_transfer(s.to_json().as_bytes()), Ok(s));
    }
}

// ---------------------------------------------------------------- peers

#[test]
fn peers_round_trip_and_bad_entries_are_skipped() {
    let mut peers = Vec::new();
    record_sent(&mut peers, 1, at(10));
    record_sent(&mut peers, u128::MAX, at(20));
    let text = peers_json(&peers);
    assert_eq!(peers_from_json(&text), peers);
    assert_eq!(peers_from_json("not json"), vec![]);
    assert_eq!(peers_from_json("{}"), vec![]);
    let mixed = format!(
        "[{{\"device\":\"zz\"}},{},{{\"device\":7}}]",
        &text[1..text.len() - 1]
    );
    assert_eq!(peers_from_json(&mixed), peers);
    for d in 0..40 {
        record_sent(&mut peers, 100 + d, at(100 + d as i64));
    }
    assert_eq!(peers.len(), MAX_PEERS);
    assert!(peers.iter().any(|p| p.device == 139), "the newest is kept");
    assert!(
        !peers.iter().any(|p| p.device == 1),
        "the oldest went first"
    );
}

#[test]
fn a_package_that_assumes_a_missed_one_is_noticed() {
    let package = |sent: i64, since: Option<i64>| {
        read_package(&package_json(
            &AppData::default(),
            9,
            since.map(at),
            at(sent),
            "x",
        ))
        .unwrap()
    };
    let mut here: Vec<Peer> = Vec::new();
    let first = package(100, None);
    assert!(
        !missed_earlier(&first, None),
        "everything needs nothing before it"
    );
    record_received(&mut here, &first);
    // The sender's next package starts a margin before its last send.
    let mut there = Vec::new();
    record_sent(&mut there, 1, at(100));
    let since = there[0].next_since();
    assert_eq!(since, Some(at(40)));
    let second = package(200, Some(40));
    assert!(!missed_earlier(&second, here.first()));
    record_received(&mut here, &second);
    // The package sent at 300 (since 140) never arrives; the next one
    // starts after the last this device read.
    let fourth = package(400, Some(240));
    assert!(
        missed_earlier(&fourth, here.first()),
        "the one sent at 300 never arrived"
    );
    assert!(missed_earlier(&fourth, None));
    assert!(!missed_earlier(&package(400, Some(200)), here.first()));
    // Reading an old package late never moves the mark back.
    record_received(&mut here, &first);
    assert_eq!(here[0].last_received, Some(at(200)));
}

#[test]
fn a_package_sent_to_a_device_not_known_yet_is_credited_to_the_first_one_heard_from() {
    use rebound::model::transfer::peer::{find, UNKNOWN_DEVICE};
    let from = |device: u128, sent: i64| {
        read_package(&package_json(
            &AppData::default(),
            device,
            None,
            at(sent),
            "x",
        ))
        .unwrap()
    };
    // Sent everything to a device this one had never heard from.
    let mut peers = Vec::new();
    record_sent(&mut peers, UNKNOWN_DEVICE, at(100));
    // The first package read from a new device takes that entry over…
    record_received(&mut peers, &from(7, 150));
    assert_eq!(peers.len(), 1);
    assert_eq!(find(&peers, 7).and_then(Peer::next_since), Some(at(40)));
    assert_eq!(find(&peers, 7).and_then(|p| p.last_received), Some(at(150)));
    // …and a second new device gets an entry of its own.
    record_received(&mut peers, &from(8, 160));
    assert_eq!(peers.len(), 2);
    assert_eq!(find(&peers, 8).and_then(Peer::next_since), None);
}

#[test]
fn the_last_exchange_is_told_in_plain_words() {
    let today = day(2026, 12, 10); // a Thursday
    assert_eq!(day_words(today, today), "today");
    assert_eq!(day_words(day(2026, 12, 9), today), "yesterday");
    assert_eq!(day_words(day(2026, 12, 8), today), "Tuesday");
    assert_eq!(day_words(day(2026, 12, 4), today), "Friday");
    assert_eq!(day_words(day(2026, 12, 3), today), "3 Dec");
    assert_eq!(day_words(day(2025, 12, 3), today), "3 Dec 2025");
    assert_eq!(
        day_words(day(2026, 12, 12), today),
        "12 Dec 2026",
        "a clock ahead"
    );
    assert_eq!(
        last_exchange_text(Some(day(2026, 12, 8)), None, today),
        "Last sent to your other device: Tuesday"
    );
    assert_eq!(
        last_exchange_text(None, Some(today), today),
        "Last received from your other device: today"
    );
    assert_eq!(
        last_exchange_text(Some(day(2026, 12, 3)), Some(today), today),
        "Last sent to your other device: 3 Dec; last received from it: today"
    );
    assert_eq!(
        last_exchange_text(None, None, today),
        "Nothing sent to or from your other device yet"
    );
}

// ---------------------------------------------------------------- fountain

/// A deterministic shuffle and coin for the tests (SplitMix64).
struct Coin(u64);
impl Coin {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        rebound::model::record::mix(self.0)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

fn payload(len: usize, seed: u64) -> Vec<u8> {
    let mut c = Coin(seed);
    (0..len).map(|_| c.next() as u8).collect()
}

/// Frames in any order: the first `k + 8` with `loss` percent dropped,
/// shuffled, some twice; then later frames, `loss` percent dropped, until
/// done or `limit`.
fn shuffled(enc: &Encoder, loss: u64, seed: u64, limit: u32) -> (Decoder, u32) {
    let mut coin = Coin(seed);
    let mut dec = Decoder::new();
    let window = enc.source_frames() + 8;
    let mut early: Vec<u32> = (0..window).filter(|_| !coin.chance(loss)).collect();
    let dups: Vec<u32> = early.iter().copied().filter(|_| coin.chance(10)).collect();
    early.extend(dups);
    coin.shuffle(&mut early);
    for n in early {
        let p = dec.push(&enc.frame(n)).expect("a good frame");
        if p.done {
            return (dec, window);
        }
    }
    for n in window..limit {
        if coin.chance(loss) {
            continue;
        }
        let p = dec.push(&enc.frame(n)).expect("a good frame");
        if p.done {
            return (dec, n + 1);
        }
    }
    (dec, limit)
}

fn sizes() -> impl Strategy<Value = (usize, usize)> {
    let bs = prop::sample::select(vec![1usize, 7, 64, 300, DEFAULT_BLOCK_SIZE]);
    (bs, 0usize..4).prop_flat_map(|(bs, kind)| {
        let len = match kind {
            0 => (0usize..=2).boxed(),
            1 => (bs - 1..=bs + 1).boxed(),
            2 => (bs * 2..bs * 60).boxed(),
            // Up to ~300 KB where the blocks are large enough for it.
            _ if bs >= 300 => (100_000usize..300_000).boxed(),
            _ => (bs * 60..bs * 400).boxed(),
        };
        (Just(bs), len)
    })
}

/// A camera in front of the sending screen: frames shown in order, each
/// missed with `loss` percent. Frames shown until done (or `limit`).
fn camera(enc: &Encoder, loss: u64, seed: u64, limit: u32) -> (Decoder, u32) {
    let mut coin = Coin(seed);
    let mut dec = Decoder::new();
    for n in 0..limit {
        if coin.chance(loss) {
            continue;
        }
        if dec.push(&enc.frame(n)).expect("a good frame").done {
            return (dec, n + 1);
        }
    }
    (dec, limit)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_large_enough_set_of_frames_rebuilds_the_payload_exactly(
        (bs, len) in sizes(), seed in any::<u64>(), id in any::<u32>(),
    ) {
        let data = payload(len, seed);
        let enc = Encoder::new(&data, bs, id).expect("fits");
        prop_assert_eq!(enc.frame_len(), HEADER_LEN + bs.min(len.max(1)));
        let k = enc.source_frames();
        let (dec, shown) = shuffled(&enc, 30, seed ^ 1, 4 * k + 200);
        prop_assert!(dec.progress().done, "k = {}, shown {}", k, shown);
        prop_assert_eq!(dec.payload(), Some(data));
        prop_assert_eq!(dec.transfer_id(), Some(id));
    }

    #[test]
    fn pushing_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..100)) {
        let mut dec = Decoder::new();
        let mut frame = bytes.clone();
        if frame.len() > 2 {
            frame[0] = 0xB5;
            frame[1] = 1;
        }
        let _ = dec.push(&bytes);
        let _ = dec.push(&frame);
        prop_assert!(dec.payload().is_none() || dec.progress().done);
    }
}

#[test]
fn every_frame_the_camera_catches_in_order_is_enough_after_k() {
    let data = payload(10 * 838 + 5, 3);
    let enc = Encoder::new(&data, 838, 5).unwrap();
    assert_eq!(enc.source_frames(), 11);
    let mut dec = Decoder::new();
    for n in 0..11 {
        let p = dec.push(&enc.frame(n)).unwrap();
        assert_eq!(p.done, n == 10);
        assert_eq!(p.received, n + 1);
        assert!(p.needed_estimate > p.received || p.done);
    }
    assert_eq!(dec.payload(), Some(data));
    assert_eq!(enc.frame(7), enc.frame(7 + (1 << 24)), "numbers wrap");
}

#[test]
fn an_empty_or_tiny_payload_still_travels() {
    for data in [vec![], vec![0x42], vec![0xff; 5]] {
        let enc = Encoder::new(&data, DEFAULT_BLOCK_SIZE, 1).unwrap();
        assert_eq!(enc.source_frames(), 1);
        let mut dec = Decoder::new();
        assert!(dec.push(&enc.frame(9)).unwrap().done, "any frame will do");
        assert_eq!(dec.payload(), Some(data));
    }
}

#[test]
fn frames_of_another_transfer_are_ignored_once_one_is_fixed() {
    let (a, b) = (payload(5000, 1), payload(5000, 2));
    let ea = Encoder::new(&a, 500, 1).unwrap();
    let eb = Encoder::new(&b, 500, 2).unwrap();
    // Same id, other payload: still another transfer.
    let ec = Encoder::new(&b, 500, 1).unwrap();
    let mut dec = Decoder::new();
    let mut foreign = 0;
    for n in 0..60 {
        for (enc, ours) in [(&ea, true), (&eb, false), (&ec, false)] {
            if dec.progress().done {
                break;
            }
            let p = dec.push(&enc.frame(n)).unwrap();
            if !ours {
                foreign += 1;
                assert_eq!(p.foreign, foreign);
            }
        }
    }
    assert_eq!(dec.payload(), Some(a));
}

#[test]
fn a_corrupted_frame_is_refused_by_its_checksum_and_changes_nothing() {
    let data = payload(3000, 9);
    let enc = Encoder::new(&data, 700, 77).unwrap();
    let mut dec = Decoder::new();
    dec.push(&enc.frame(0)).unwrap();
    let before = dec.progress();
    let frame = enc.frame(6);
    for i in 0..frame.len() {
        for bit in [0x01, 0x80] {
            let mut bad = frame.clone();
            bad[i] ^= bit;
            let e = dec.push(&bad).unwrap_err();
            match i {
                0 => assert_eq!(e, FrameError::NotAFrame),
                1 if bit == 0x80 => assert_eq!(e, FrameError::Newer(0x81)),
                _ => assert_eq!(e, FrameError::Damaged, "byte {i}"),
            }
        }
    }
    for cut in 0..frame.len() {
        assert!(dec.push(&frame[..cut]).is_err());
    }
    let mut longer = frame.clone();
    longer.push(0);
    assert!(dec.push(&longer).is_err());
    assert_eq!(dec.progress(), before);
    assert!(dec.push(b"https://example.com").unwrap_err() == FrameError::NotAFrame);
}

/// CRC-16/CCITT-FALSE, to forge a frame whose own checksum passes.
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xffff;
    for b in bytes {
        crc ^= u16::from(*b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[test]
fn the_decoder_never_claims_done_with_wrong_data() {
    let data = payload(4000, 4);
    let enc = Encoder::new(&data, 1000, 3).unwrap();
    let mut forged = enc.frame(2);
    forged[HEADER_LEN + 17] ^= 0x20;
    let mut signed: Vec<u8> = forged[..18].to_vec();
    signed.extend_from_slice(&forged[HEADER_LEN..]);
    let crc = crc16(&signed).to_be_bytes();
    forged[18..20].copy_from_slice(&crc);
    let mut dec = Decoder::new();
    dec.push(&forged).expect("its own checksum passes");
    let mut outcome = None;
    for n in [0, 1, 3] {
        match dec.push(&enc.frame(n)) {
            Ok(p) => assert!(!p.done),
            Err(e) => outcome = Some(e),
        }
    }
    assert_eq!(outcome, Some(FrameError::WrongResult));
    assert_eq!(dec.payload(), None);
    assert_eq!(dec.progress().received, 0, "started over");
    for n in 0..4 {
        dec.push(&enc.frame(n)).unwrap();
    }
    assert_eq!(
        dec.payload(),
        Some(data),
        "and the true frames then succeed"
    );
}

#[test]
fn payloads_the_format_cant_carry_are_refused() {
    assert_eq!(
        Encoder::new(b"x", 0, 1).err(),
        Some(EncodeError::BlockSize(0))
    );
    assert_eq!(
        Encoder::new(b"x", 70_000, 1).err(),
        Some(EncodeError::BlockSize(70_000))
    );
    let big = vec![0u8; MAX_PAYLOAD + 1];
    assert_eq!(
        Encoder::new(&big, 60_000, 1).err(),
        Some(EncodeError::TooLarge(MAX_PAYLOAD + 1))
    );
    assert_eq!(
        Encoder::new(&big[..40_000], 1, 1).err(),
        Some(EncodeError::TooLarge(40_000))
    );
    assert!(Encoder::new(&big[..MAX_PAYLOAD], 60_000, 1).is_ok());
}

// ---------------------------------------------------------------- QR

/// Draws a code as a camera might see a screen: a white quiet zone,
/// `scale` pixels per module, gray rather than black, and some noise.
/// (The reader's running-average threshold tolerates about ±12 levels of
/// pixel noise on flat white; camera frames come denoised.)
fn raster(m: &QrMatrix, scale: usize, noise: u8, seed: u64) -> (Vec<u8>, usize) {
    let quiet = 4;
    let side = (m.width + 2 * quiet) * scale;
    let mut coin = Coin(seed);
    let mut luma = vec![0u8; side * side];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (
                (x / scale).wrapping_sub(quiet),
                (y / scale).wrapping_sub(quiet),
            );
            let base: i32 = if m.dark(mx, my) { 40 } else { 220 };
            let jitter = if noise == 0 {
                0
            } else {
                coin.below(usize::from(noise) * 2 + 1) as i32 - i32::from(noise)
            };
            luma[y * side + x] = (base + jitter).clamp(0, 255) as u8;
        }
    }
    (luma, side)
}

#[test]
fn frames_survive_a_trip_through_a_qr_code_byte_for_byte() {
    let data = payload(20_000, 11);
    let enc = Encoder::new(&data, DEFAULT_BLOCK_SIZE, 0xdead_beef).unwrap();
    let mut frames: Vec<Vec<u8>> = vec![
        enc.frame(0),
        enc.frame(1),
        enc.frame(enc.source_frames() + 3),
    ];
    frames.push(vec![0; HEADER_LEN + DEFAULT_BLOCK_SIZE]);
    frames.push(vec![0xff; HEADER_LEN + DEFAULT_BLOCK_SIZE]);
    frames.push(vec![0xff; 1]);
    frames.push((0..=255).collect());
    for (i, frame) in frames.iter().enumerate() {
        let m = qr_modules(frame).expect("fits");
        if frame.len() == HEADER_LEN + DEFAULT_BLOCK_SIZE {
            assert_eq!(m.width, 97, "version 20");
        }
        let (luma, side) = raster(&m, 2 + i % 3, 8, i as u64);
        assert_eq!(read_qr(&luma, side, side), vec![frame.clone()], "frame {i}");
    }
    assert_eq!(qr_version(HEADER_LEN + DEFAULT_BLOCK_SIZE), Some(20));
    assert_eq!(qr_version(HEADER_LEN + DEFAULT_BLOCK_SIZE + 1), Some(21));
    assert!(qr_modules(&vec![0; 2954]).is_err());
}

#[test]
fn a_sealed_transfer_crosses_by_camera() {
    let s = sealed(9000);
    let text = s.to_json();
    let enc = Encoder::new(text.as_bytes(), DEFAULT_BLOCK_SIZE, 42).unwrap();
    let mut dec = Decoder::new();
    let mut n = 0;
    while !dec.progress().done && n < 100 {
        // Every fourth frame is lost to a blur.
        if n % 4 != 3 {
            let (luma, side) = raster(&qr_modules(&enc.frame(n)).unwrap(), 2, 8, u64::from(n));
            // The browser hands the model RGBA pixels.
            let rgba: Vec<u8> = luma.iter().flat_map(|&l| [l, l, l, 255]).collect();
            assert_eq!(luma_from_rgba(&rgba), luma);
            for frame in read_qr(&luma_from_rgba(&rgba), side, side) {
                dec.push(&frame).unwrap();
            }
        }
        n += 1;
    }
    let got = dec.payload().expect("arrived");
    assert!(is_transfer(&got));
    assert_eq!(open_transfer(&got), Ok(s));
}

#[test]
fn images_without_codes_or_of_the_wrong_size_give_nothing() {
    assert!(read_qr(&[], 0, 0).is_empty());
    assert!(
        read_qr(&[0; 100], 100, 100).is_empty(),
        "buffer shorter than its size"
    );
    assert!(read_qr(&[0; 10], usize::MAX, 2).is_empty());
    assert!(read_qr(&vec![255; 640 * 480], 640, 480).is_empty());
    let noise = payload(320 * 240, 5);
    assert!(read_qr(&noise, 320, 240).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Blocky random pictures (finder-like squares happen) and damaged
    /// codes: whatever the camera sees, reading never panics.
    #[test]
    fn reading_any_picture_never_panics(seed in any::<u64>(), cell in 1usize..9, damage in 0usize..400) {
        let mut coin = Coin(seed);
        let side = 120;
        let mut luma = vec![0u8; side * side];
        for y in 0..side {
            for x in 0..side {
                let c = Coin(seed ^ ((x / cell) as u64) << 20 ^ (y / cell) as u64).next();
                luma[y * side + x] = if c.is_multiple_of(2) { 0 } else { 255 };
            }
        }
        let _ = read_qr(&luma, side, side);
        let m = qr_modules(&payload(100, seed)).unwrap();
        let (mut code, side) = raster(&m, 3, 0, 0);
        for _ in 0..damage {
            let at = coin.below(code.len());
            code[at] = !code[at];
        }
        for frame in read_qr(&code, side, side) {
            let _ = Decoder::new().push(&frame);
        }
    }
}

// ---------------------------------------------------------------- budget

/// Two years of heavy use, as the bench builds it (scripts/bench-load.mjs:
/// 1,000 applications with plans, 3,000 journal entries, 30 goals with a
/// week record each for 105 weeks). With `varied`, texts are drawn from a
/// vocabulary instead of repeating, as a person's writing would.
fn two_years(varied: bool) -> AppData {
    use serde_json::json;
    let day0 = DateTime::from_timestamp(1_730_419_200, 0).unwrap(); // 2024-11-01
    let mut n = 0u64;
    let mut meta = |t: DateTime<Utc>| {
        n += 1;
        json!({"id": String::from(big_id(n)), "created_at": t.timestamp_millis(), "updated_at": t.timestamp_millis() + 3_600_000})
    };
    let mut words = Coin(99);
    const VOCAB: &[&str] = &[
        "team",
        "role",
        "interview",
        "recruiter",
        "feedback",
        "project",
        "data",
        "design",
        "panel",
        "question",
        "answer",
        "clear",
        "kind",
        "experience",
        "domain",
        "skills",
        "portfolio",
        "case",
        "study",
        "pricing",
        "analytics",
        "stakeholders",
        "presented",
        "learned",
        "next",
        "time",
        "prepare",
        "better",
        "examples",
        "story",
        "impact",
        "metrics",
        "calm",
        "nervous",
        "proud",
        "follow",
        "up",
        "thank",
        "note",
        "manager",
        "culture",
        "remote",
        "salary",
        "offer",
        "round",
        "final",
        "take-home",
        "challenge",
        "deadline",
        "weekend",
        "focus",
        "energy",
        "walk",
        "friend",
    ];
    let mut text = |fixed: &str, n: usize| -> String {
        if !varied {
            return fixed.to_string();
        }
        let mut s: Vec<&str> = (0..n).map(|_| VOCAB[words.below(VOCAB.len())]).collect();
        s.push(".");
        s.join(" ")
    };
    let day = |t: DateTime<Utc>| t.date_naive().to_string();
    let keys = [
        "pause",
        "good_thing",
        "feedback",
        "reflect",
        "control",
        "thank",
        "strengths",
        "tell",
        "basics",
        "momentum",
        "small_win",
        "lesson",
    ];
    const ROLES: [&str; 4] = [
        "Product designer",
        "Data analyst",
        "Software engineer",
        "Project manager",
    ];
    let stages = [
        "application",
        "screening",
        "interview",
        "final_round",
        "other",
    ];
    let mut applications = Vec::new();
    for i in 0..1000i64 {
        let t = day0 + Duration::days(i * 730 / 1000);
        let rejected = i % 5 != 0;
        let mut a = json!({
            "meta": meta(t),
            "company": format!("Company {}", i % 300),
            "role": ROLES[(i % 4) as usize],
            "stage": stages[(i % 5) as usize],
            "outcome": if rejected { "rejected" } else { "in_progress" },
            "applied_on": day(t - Duration::days(10)),
        });
        if rejected {
            let plan: Vec<_> = keys
                .iter()
                .enumerate()
                .map(|(k, key)| {
                    let mut s = json!({"key": key});
                    if k % 3 == 0 {
                        s["done"] = json!(true);
                    }
                    if k == 1 {
                        s["note"] = json!(text("Learned a lot about their data stack.", 8));
                    }
                    s
                })
                .collect();
            a["closed_on"] = json!(day(t));
            a["arrived_via"] = json!("email");
            a["notes"] = json!(text(
                "Recruiter was kind; the team went with someone with more domain experience.",
                14
            ));
            a["reasons"] = json!([{"tag": "experience", "control": "outside"}, {"tag": "interview", "control": "within"}]);
            a["plan"] = json!(plan);
            a["pause_until"] = json!(day(t + Duration::days(1)));
            a["reflections"] = json!([
                [
                    "tailored",
                    text(
                        "Mostly, but I could have led with the analytics project.",
                        11
                    )
                ],
                ["unprepared", text("The case study on pricing.", 5)]
            ]);
        }
        applications.push(a);
    }
    let kinds = ["win", "kind_words", "strength", "reflection", "aspiration"];
    let journal: Vec<_> = (0..3000i64).map(|i| {
        let t = day0 + Duration::days(i * 730 / 3000);
        let mut e = json!({"meta": meta(t), "kind": kinds[(i % 5) as usize], "text": format!("Entry {i}: {}", text("answered a tricky question about trade-offs clearly, and the panel nodded along.", 13)), "date": day(t)});
        if i % 4 == 0 { e["tag"] = json!("interview"); }
        e
    }).collect();
    let goals: Vec<_> = (0..30).map(|i| json!({"meta": meta(day0), "title": format!("Goal {i}"), "target": 3, "unit": "applications"})).collect();
    let monday0 = DateTime::from_timestamp(1_730_678_400, 0).unwrap(); // 2024-11-04
    let mut progress = Vec::new();
    for g in &goals {
        for w in 0..105 {
            let t = monday0 + Duration::weeks(w);
            progress.push(json!({"meta": meta(t), "goal": g["meta"]["id"], "week": day(t), "days": [1, 1, 1, 1, 1, 1, 1]}));
        }
    }
    let env = json!({"app": "rebound", "schema": 3, "saved_at": "2026-11-01T00:00:00Z", "data": {"applications": applications, "journal": journal, "goals": goals, "progress": progress}});
    rebound::model::backup::read_backup(env.to_string().as_bytes())
        .expect("the bench dataset imports")
        .data
}

/// The sealed payload's length for a package: deflate-raw at the level
/// browsers use (6), then the tag, base64 and the header.
fn sealed_size(package: &str) -> (usize, usize) {
    let deflated = miniz_oxide::deflate::compress_to_vec(package.as_bytes(), 6);
    (deflated.len(), sealed_len(deflated.len()))
}

#[test]
fn budget_figures_for_a_camera_transfer() {
    let now = DateTime::from_timestamp(1_793_491_200, 0).unwrap(); // 2026-11-01
    println!();
    let frame = DEFAULT_BLOCK_SIZE + HEADER_LEN;
    let version = qr_version(frame).unwrap_or(0);
    println!(
        "Send to my other device: {DEFAULT_BLOCK_SIZE} B blocks + {HEADER_LEN} B header = {frame} B frames, QR version {version} ({} modules) at level L",
        17 + 4 * usize::from(version)
    );
    for varied in [false, true] {
        let data = two_years(varied);
        let full = package_json(&changes_since(&data, None), 1, None, now, "0.1.0");
        let week_since = now - Duration::days(7);
        let week = package_json(
            &changes_since(&data, Some(week_since)),
            1,
            Some(week_since),
            now,
            "0.1.0",
        );
        println!(
            "  two years of data ({}):",
            if varied {
                "varied text"
            } else {
                "the bench's repeated text"
            }
        );
        for (name, text, budget) in [
            ("first full transfer", &full, 60),
            ("a week's changes", &week, 5),
        ] {
            let (deflated, sealed) = sealed_size(text);
            let p = plan(sealed);
            // Frames shown until done, with a camera that misses 10 % or 30 %.
            let enc = Encoder::new(&vec![7u8; sealed], DEFAULT_BLOCK_SIZE, 1).unwrap();
            let shown: Vec<u32> = [10, 30]
                .iter()
                .map(|&loss| camera(&enc, loss, 1, 10 * p.frames_needed).1)
                .collect();
            println!(
                "    {name}: {} chars of JSON, deflated {} B ({:.1} %), sealed {} B; {} source frames, {} with 10 % overhead = {} s at 10 fps (budget {budget} s); simulated: {} frames ({:.1} s) missing 10 %, {} ({:.1} s) missing 30 %",
                text.len(),
                deflated,
                deflated as f64 * 100.0 / text.len() as f64,
                sealed,
                p.source_frames,
                p.frames_needed,
                p.seconds_at_10_fps,
                shown[0],
                f64::from(shown[0]) / 10.0,
                shown[1],
                f64::from(shown[1]) / 10.0,
            );
            assert!(p.seconds_at_10_fps <= budget, "{name}: {p:?}");
            assert!(shown[0] <= budget * 10, "{name}: {shown:?}");
        }
    }
}

#[test]
fn fountain_overhead_by_loss() {
    println!();
    println!(
        "Fountain overhead: frames shown / source frames until done (mean and worst of 20 runs)"
    );
    for k in [1usize, 5, 20, 100, 400] {
        let data = payload(k * 100, k as u64);
        let enc = Encoder::new(&data, 100, 9).unwrap();
        let mut line = format!("  k = {k:>4}:");
        for loss in [0, 10, 30, 50] {
            let runs: Vec<u32> = (0..20)
                .map(|s| {
                    let (dec, shown) = camera(&enc, loss, s, 20 * k as u32 + 100);
                    assert_eq!(dec.payload().as_ref(), Some(&data));
                    shown
                })
                .collect();
            let mean =
                runs.iter().map(|&r| f64::from(r)).sum::<f64>() / runs.len() as f64 / k as f64;
            let worst = f64::from(*runs.iter().max().unwrap()) / k as f64;
            line += &format!("  {loss:>2} % lost: {mean:.2} (worst {worst:.2})");
        }
        println!("{line}");
    }
}
