//! The runner's settings: a TOML file for everything that is not secret, the environment for
//! what is.

use std::path::{Path, PathBuf};

use billbee_wemalo_sync::SyncConfig;
use serde::Deserialize;

/// Environment variable holding the Billbee API password.
pub const ENV_BILLBEE_PASSWORD: &str = "BILLBEE_API_PASSWORD";
/// Environment variable holding the Billbee developer API key.
pub const ENV_BILLBEE_KEY: &str = "BILLBEE_API_KEY";
/// Environment variable holding the wemalo-connect token.
pub const ENV_WEMALO_TOKEN: &str = "WEMALO_TOKEN";

/// The settings file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Billbee connection.
    pub billbee: BillbeeSettings,
    /// Wemalo connection.
    #[serde(default)]
    pub wemalo: WemaloSettings,
    /// The sync's behaviour; every field has a default.
    #[serde(default)]
    pub sync: SyncConfig,
    /// Where the state lives. Default `billbee-wemalo-state.json` beside the settings file.
    pub state_file: Option<PathBuf>,
    /// Seconds between cycles when running as a loop. Default 300.
    pub interval_seconds: Option<u64>,
}

/// Billbee's non-secret settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BillbeeSettings {
    /// Base URL; default Billbee's production API.
    pub base_url: Option<String>,
    /// The Billbee user (login e-mail) the API password belongs to.
    pub user: String,
    /// Requests per second per endpoint; default Billbee's documented 2.
    pub per_endpoint_per_second: Option<u32>,
    /// Requests per second overall; default Billbee's documented 10.
    pub overall_per_second: Option<u32>,
}

/// Wemalo's non-secret settings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WemaloSettings {
    /// Base URL; default wemalo-connect's production API.
    pub base_url: Option<String>,
}

/// The secrets, read from the environment. `Debug` shows none of them.
pub struct Secrets {
    /// Billbee API password.
    pub billbee_password: String,
    /// Billbee developer key.
    pub billbee_key: String,
    /// wemalo-connect token.
    pub wemalo_token: String,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets { [redacted] }")
    }
}

/// Why the settings could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The file could not be read.
    #[error("cannot read the settings file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not valid settings.
    #[error("the settings file {path} is invalid: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line.
        message: String,
    },
    /// A secret is missing from the environment.
    #[error(
        "the environment variable {0} is not set (it holds a secret, so it is not read from \
         the settings file)"
    )]
    MissingSecret(&'static str),
}

impl Settings {
    /// Reads and checks the settings file.
    pub fn load(path: &Path) -> Result<Settings, SettingsError> {
        let text = std::fs::read_to_string(path).map_err(|source| SettingsError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Settings::parse(&text, path)
    }

    /// Parses settings text; `path` names the file in errors and anchors the state file.
    pub fn parse(text: &str, path: &Path) -> Result<Settings, SettingsError> {
        let mut settings: Settings = toml::from_str(text).map_err(|e| SettingsError::Invalid {
            path: path.to_path_buf(),
            // Not `e.to_string()`: it quotes the offending line, which may hold a pasted secret.
            message: match e.span() {
                Some(span) => format!(
                    "line {}: {}",
                    text[..span.start].matches('\n').count() + 1,
                    e.message()
                ),
                None => e.message().to_owned(),
            },
        })?;
        if settings.state_file.is_none() {
            let dir = path.parent().unwrap_or(Path::new("."));
            settings.state_file = Some(dir.join("billbee-wemalo-state.json"));
        }
        Ok(settings)
    }
}

impl Secrets {
    /// Reads the secrets through `lookup` (the process environment in the runner).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Secrets, SettingsError> {
        let get = |name: &'static str| {
            lookup(name)
                .filter(|v| !v.trim().is_empty())
                .ok_or(SettingsError::MissingSecret(name))
        };
        Ok(Secrets {
            billbee_password: get(ENV_BILLBEE_PASSWORD)?,
            billbee_key: get(ENV_BILLBEE_KEY)?,
            wemalo_token: get(ENV_WEMALO_TOKEN)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
state_file = "/var/lib/sync/state.json"
interval_seconds = 120

[billbee]
user = "shop@example.com"
base_url = "http://127.0.0.1:9/api/v1"

[sync]
orders_tag = "lager"
default_dispatcher = "dhl"
"#;

    #[test]
    fn reads_a_settings_file_with_defaults_for_the_rest() {
        let s = Settings::parse(FILE, Path::new("/etc/sync.toml")).unwrap();
        assert_eq!(s.billbee.user, "shop@example.com");
        assert_eq!(s.sync.orders_tag, "lager");
        assert_eq!(s.sync.order_state, 3);
        assert_eq!(s.interval_seconds, Some(120));
        assert_eq!(s.wemalo.base_url, None);
    }

    #[test]
    fn the_state_file_defaults_to_beside_the_settings() {
        let s =
            Settings::parse("[billbee]\nuser = \"u\"\n", Path::new("/etc/bw/sync.toml")).unwrap();
        assert_eq!(
            s.state_file.unwrap(),
            PathBuf::from("/etc/bw/billbee-wemalo-state.json")
        );
    }

    #[test]
    fn the_example_settings_file_is_valid() {
        let text = include_str!("../../sync.example.toml");
        let s = Settings::parse(text, Path::new("sync.example.toml")).unwrap();
        assert_eq!(s.sync, SyncConfig::default());
    }

    #[test]
    fn a_typo_is_named() {
        let err = Settings::parse(
            "[billbee]\nuser = \"u\"\n[sync]\norder_stat = 3\n",
            Path::new("s"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("order_stat"), "{err}");
    }

    #[test]
    fn a_missing_secret_is_named_and_secrets_never_print() {
        let env = |name: &str| match name {
            ENV_BILLBEE_PASSWORD => Some("pw-SECRET-1".to_string()),
            ENV_BILLBEE_KEY => Some("key-SECRET-2".to_string()),
            _ => None,
        };
        let err = Secrets::from_lookup(env).unwrap_err();
        assert!(err.to_string().contains(ENV_WEMALO_TOKEN));
        let all = |name: &str| env(name).or(Some("tok-SECRET-3".to_string()));
        let secrets = Secrets::from_lookup(all).unwrap();
        let shown = format!("{secrets:?}");
        assert!(!shown.contains("SECRET"), "{shown}");
    }
}
