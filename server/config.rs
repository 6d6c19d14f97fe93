//! User configuration: how loudly each rule speaks and which codes are allowed.
//!
//! The same settings come from three places, later ones winning: the defaults, a
//! `.http-status.toml` file at the project root, and the editor's `httpStatus` settings
//! (`initializationOptions` or `workspace/didChangeConfiguration`). Unknown keys are ignored so
//! that an older server accepts a newer client's settings; wrong values are reported, never fatal.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::rules::{Rule, Severity};

/// The name of the project configuration file.
pub const FILE_NAME: &str = ".http-status.toml";

/// How loudly a rule speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Hint,
    #[serde(alias = "info")]
    Information,
    #[serde(alias = "warn")]
    Warning,
    Error,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Hint => Some(Severity::Hint),
            Level::Information => Some(Severity::Information),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// The effective configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    rules: BTreeMap<Rule, Level>,
    allow: BTreeSet<u32>,
    /// Show the reason phrase after each status literal.
    pub inlay_hints: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            rules: BTreeMap::new(),
            allow: BTreeSet::new(),
            inlay_hints: true,
        }
    }
}

/// Settings as written by a user; every field optional so that layers can be merged.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Rule code → level, e.g. `"nonstandard-status" = "off"`.
    pub rules: BTreeMap<String, Level>,
    /// Codes never reported, e.g. `[499]` for a team that relies on nginx's code.
    pub allow: Option<Vec<u32>>,
    #[serde(alias = "inlayHints", alias = "inlay-hints")]
    pub inlay_hints: Option<bool>,
}

impl Settings {
    pub fn from_toml(text: &str) -> Result<Settings, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    pub fn from_json(value: &serde_json::Value) -> Result<Settings, String> {
        Settings::deserialize(value).map_err(|e| e.to_string())
    }
}

impl Config {
    /// Lays `settings` over this configuration. Returns a warning for each unknown rule code.
    pub fn apply(&mut self, settings: &Settings) -> Vec<String> {
        let mut warnings = Vec::new();
        for (code, level) in &settings.rules {
            match Rule::from_code(code) {
                Some(rule) => {
                    self.rules.insert(rule, *level);
                }
                None => warnings.push(format!(
                    "unknown rule `{code}` in settings; known rules: {}",
                    Rule::ALL.map(Rule::code).join(", ")
                )),
            }
        }
        if let Some(allow) = &settings.allow {
            self.allow = allow.iter().copied().collect();
        }
        if let Some(inlay_hints) = settings.inlay_hints {
            self.inlay_hints = inlay_hints;
        }
        warnings
    }

    /// The severity to report `rule` with, or `None` when it is switched off.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        match self.rules.get(&rule) {
            Some(level) => level.severity(),
            None => Some(rule.default_severity()),
        }
    }

    pub fn is_allowed(&self, code: u32) -> bool {
        self.allow.contains(&code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_and_json_settings_mean_the_same() {
        let toml = Settings::from_toml(
            "allow = [499]\ninlay-hints = false\n[rules]\nnonstandard-status = \"off\"\nunassigned-status = \"error\"\n",
        )
        .unwrap();
        let json = Settings::from_json(&serde_json::json!({
            "allow": [499], "inlayHints": false,
            "rules": {"nonstandard-status": "off", "unassigned-status": "error"}
        }))
        .unwrap();
        for settings in [toml, json] {
            let mut config = Config::default();
            assert!(config.apply(&settings).is_empty());
            assert!(config.is_allowed(499));
            assert!(!config.inlay_hints);
            assert_eq!(config.severity(Rule::NonstandardStatus), None);
            assert_eq!(
                config.severity(Rule::UnassignedStatus),
                Some(Severity::Error)
            );
            assert_eq!(config.severity(Rule::InvalidStatus), Some(Severity::Error));
        }
    }

    #[test]
    fn unknown_rules_are_reported_not_fatal() {
        let settings = Settings::from_json(
            &serde_json::json!({"rules": {"no-such-rule": "off"}, "future": 1}),
        )
        .unwrap();
        let mut config = Config::default();
        let warnings = config.apply(&settings);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("no-such-rule"));
    }
}
