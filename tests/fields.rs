//! The stored shape can't change without a schema bump. An older build of
//! the same schema would read newer data and silently drop what it doesn't
//! know on its next save; only a bump makes it stop (read-only) instead.
//!
//! Each stored type's fields (or an enum's variants) are read from its own
//! `Deserialize` (serde hands the full list, optional fields included, to
//! the deserializer) and compared with `tests/fixtures/fields-schema-N.txt`
//! for the current schema. A change fails here: bump `SCHEMA`, add the
//! migration, and write the new list with `REBOUND_WRITE_FIELDS=1 cargo
//! test --test fields`.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::forward_to_deserialize_any;

use rebound::model::checkin::{CheckIn, Feeling, Moment};
use rebound::model::data::{AppData, Envelope, Head, Pruned, Settings, SCHEMA};
use rebound::model::feedback::{FeedbackRequest, Theme};
use rebound::model::goals::{Goal, GoalWeek, Unit};
use rebound::model::journal::{EntryKind, JournalEntry};
use rebound::model::proof::{Activity, ActivityKind, Method, ProofDetails};
use rebound::model::record::Meta;
use rebound::model::recovery::{PlanStep, TemplateStep};
use rebound::model::rejection::{Application, Arrival, Contact, Control, Outcome, Reason, Stage};
use rebound::model::stamps::{Stamps, TextStamp, Version};
use rebound::model::support::SupportPerson;
use rebound::model::time::WeekStart;

/// What a type's `Deserialize` asked for: its name and fields (a struct),
/// variants (an enum), or length (a tuple struct).
#[derive(Debug)]
struct Shape(String);

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Shape {}

impl de::Error for Shape {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Shape(format!("custom: {msg}"))
    }
}

/// A deserializer that answers the first request with its shape, as an error.
struct Probe;

impl<'de> Deserializer<'de> for Probe {
    type Error = Shape;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Shape> {
        Err(Shape("a value of its own format".into()))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Shape> {
        let mut fields = fields.to_vec();
        fields.sort();
        Err(Shape(format!("struct {name}: {}", fields.join(", "))))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Shape> {
        Err(Shape(format!("enum {name}: {}", variants.join(", "))))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        _: V,
    ) -> Result<V::Value, Shape> {
        Err(Shape(format!("tuple {name}: {len}")))
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        map identifier ignored_any
    }
}

fn shape<'de, T: Deserialize<'de>>() -> String {
    match T::deserialize(Probe) {
        Ok(_) => "no shape".into(),
        Err(s) => s.0,
    }
}

/// Every type that is stored or backed up, in one list. A new stored type
/// joins it (review will ask).
fn stored_shapes() -> String {
    let shapes = [
        shape::<Envelope>(),
        shape::<Head>(),
        shape::<AppData>(),
        shape::<Settings>(),
        shape::<Pruned>(),
        shape::<Meta>(),
        shape::<Application>(),
        shape::<Stage>(),
        shape::<Outcome>(),
        shape::<Arrival>(),
        shape::<Reason>(),
        shape::<Control>(),
        shape::<Contact>(),
        shape::<PlanStep>(),
        shape::<TemplateStep>(),
        shape::<FeedbackRequest>(),
        shape::<Theme>(),
        shape::<JournalEntry>(),
        shape::<EntryKind>(),
        shape::<Goal>(),
        shape::<Unit>(),
        shape::<GoalWeek>(),
        shape::<SupportPerson>(),
        shape::<WeekStart>(),
        shape::<Stamps>(),
        shape::<CheckIn>(),
        shape::<Feeling>(),
        shape::<Moment>(),
        shape::<Activity>(),
        shape::<ActivityKind>(),
        shape::<Method>(),
        shape::<ProofDetails>(),
        shape::<TextStamp>(),
        shape::<Version>(),
    ];
    shapes.join("\n") + "\n"
}

#[test]
fn the_stored_fields_are_those_of_the_current_schema() {
    let path = format!(
        "{}/tests/fixtures/fields-schema-{SCHEMA}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let now = stored_shapes();
    if std::env::var_os("REBOUND_WRITE_FIELDS").is_some() {
        std::fs::write(&path, &now).expect("the snapshot file can be written");
        return;
    }
    let Ok(then) = std::fs::read_to_string(&path) else {
        panic!(
            "No field list for schema {SCHEMA} ({path}). A new schema: write it with REBOUND_WRITE_FIELDS=1 cargo test --test fields.\nNow:\n{now}"
        );
    };
    assert!(
        then == now,
        "The stored fields changed without a schema bump (schema {SCHEMA}). An older build of this schema would drop what it doesn't know. Bump SCHEMA, add a migration, then write the new list with REBOUND_WRITE_FIELDS=1.\nwas:\n{then}\nnow:\n{now}"
    );
}

#[test]
fn the_probe_sees_optional_and_renamed_fields() {
    // Meta's deletion time is optional and stored as "d".
    assert!(shape::<Meta>().contains("d"), "{}", shape::<Meta>());
    assert!(shape::<Stage>().starts_with("enum Stage:"));
}
