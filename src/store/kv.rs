//! The smallest storage interface the app needs, and an in-memory version for
//! tests (with an optional quota, to rehearse "storage full").

use super::parts::utf16_len;
use std::collections::BTreeMap;

/// What a key-value store can fail with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KvError {
    /// The browser refused the write because storage is full.
    Quota,
    /// Storage is missing, blocked, or threw.
    Unavailable(String),
}

impl std::fmt::Display for KvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KvError::Quota => f.write_str(crate::t!("storage is full")),
            KvError::Unavailable(why) => {
                f.write_str(&crate::tf!("storage is unavailable ({why})", why = why))
            }
        }
    }
}

/// Text keys to text values, as localStorage offers.
pub trait KvStore {
    fn get(&self, key: &str) -> Result<Option<String>, KvError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError>;
    fn remove(&mut self, key: &str) -> Result<(), KvError>;
    /// Every key, in any order.
    fn keys(&self) -> Result<Vec<String>, KvError>;

    /// Characters used by all keys and values (what browsers count against
    /// the ~5 MB quota).
    fn used_chars(&self) -> usize {
        let keys = self.keys().unwrap_or_default();
        keys.iter()
            .map(|k| {
                let v = self.get(k).ok().flatten().unwrap_or_default();
                utf16_len(k) + utf16_len(v.as_str())
            })
            .sum()
    }
}

/// An in-memory store for native tests.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub map: BTreeMap<String, String>,
    /// Maximum characters (keys + values); `None` for no limit.
    pub quota: Option<usize>,
    /// Makes every call fail, like blocked storage.
    pub broken: bool,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    pub fn with_quota(chars: usize) -> MemoryStore {
        MemoryStore {
            quota: Some(chars),
            ..MemoryStore::default()
        }
    }

    fn check(&self) -> Result<(), KvError> {
        if self.broken {
            Err(KvError::Unavailable("blocked".into()))
        } else {
            Ok(())
        }
    }
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.check()?;
        Ok(self.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        self.check()?;
        if let Some(limit) = self.quota {
            let chars = utf16_len;
            let old = self.map.get(key).map_or(0, |v| chars(key) + chars(v));
            let used = self.used_chars() - old + chars(key) + chars(value);
            if used > limit {
                return Err(KvError::Quota);
            }
        }
        self.map.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.check()?;
        self.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        self.check()?;
        Ok(self.map.keys().cloned().collect())
    }
}
