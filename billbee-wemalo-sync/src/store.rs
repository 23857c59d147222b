//! Where the driver keeps the state between steps. Callers bring their own storage; two
//! simple ones come with the crate.

use std::path::{Path, PathBuf};

use async_trait::async_trait;

use crate::state::{StateError, SyncState};

/// Why a state could not be stored or loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Reading or writing the file failed.
    #[error("cannot {action} the sync state at {path}")]
    Io {
        /// What was attempted.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The stored text is not a readable state.
    #[error("the sync state at {path} is unreadable")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: StateError,
    },
    /// The state did not serialize.
    #[error("the sync state does not serialize")]
    Serialize(#[source] serde_json::Error),
    /// The store refuses to save (for example a test that stops a cycle at a given step).
    #[error("the state store refused to save: {0}")]
    Refused(String),
}

/// Somewhere to save the state after every recorded step of a cycle, so that a crash at
/// any point leaves a state from which the next run completes the work without repeating it.
#[async_trait]
pub trait StateStore: Send {
    /// Saves the state. An error stops the cycle: going on without a saved record could
    /// repeat work after a crash.
    async fn save(&mut self, state: &SyncState) -> Result<(), StoreError>;
}

/// Keeps the last saved state in memory; for tests and for callers who persist it
/// themselves after the cycle.
#[derive(Debug, Default)]
pub struct MemoryStore {
    /// The last state saved.
    pub last: Option<SyncState>,
    /// How many saves happened.
    pub saves: usize,
}

#[async_trait]
impl StateStore for MemoryStore {
    async fn save(&mut self, state: &SyncState) -> Result<(), StoreError> {
        self.last = Some(state.clone());
        self.saves += 1;
        Ok(())
    }
}

/// Stores the state as JSON in a file, written atomically: the new text goes to a temporary
/// file beside it, is flushed to disk, and then renamed over the old one, so a crash never
/// leaves a torn file.
#[derive(Debug, Clone)]
pub struct JsonFileStore {
    path: PathBuf,
}

impl JsonFileStore {
    /// A store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        JsonFileStore { path: path.into() }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Loads the stored state, or a new one when the file does not exist yet.
    pub fn load(&self) -> Result<SyncState, StoreError> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) => SyncState::from_json(&text).map_err(|source| StoreError::Unreadable {
                path: self.path.clone(),
                source,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(SyncState::new()),
            Err(source) => Err(StoreError::Io {
                action: "read",
                path: self.path.clone(),
                source,
            }),
        }
    }

    /// Writes the state atomically.
    pub fn write(&self, state: &SyncState) -> Result<(), StoreError> {
        use std::io::Write;
        let text = state.to_json().map_err(StoreError::Serialize)?;
        let tmp = self.path.with_extension("tmp");
        let io = |action, source| StoreError::Io {
            action,
            path: tmp.clone(),
            source,
        };
        let mut file = std::fs::File::create(&tmp).map_err(|e| io("create", e))?;
        file.write_all(text.as_bytes())
            .map_err(|e| io("write", e))?;
        file.sync_all().map_err(|e| io("flush", e))?;
        drop(file);
        std::fs::rename(&tmp, &self.path).map_err(|source| StoreError::Io {
            action: "replace",
            path: self.path.clone(),
            source,
        })
    }
}

#[async_trait]
impl StateStore for JsonFileStore {
    async fn save(&mut self, state: &SyncState) -> Result<(), StoreError> {
        self.write(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_store_round_trips_and_starts_empty() {
        let dir = std::env::temp_dir().join(format!("bws-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = JsonFileStore::new(dir.join("state.json"));
        assert_eq!(store.load().unwrap(), SyncState::new());
        let mut state = SyncState::new();
        state
            .pushed_stock
            .insert("A".into(), rust_decimal::Decimal::TEN);
        store.write(&state).unwrap();
        assert_eq!(store.load().unwrap(), state);
        assert!(!dir.join("state.tmp").exists());
        std::fs::write(dir.join("state.json"), "{\"orders\": 5}").unwrap();
        assert!(matches!(store.load(), Err(StoreError::Unreadable { .. })));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
