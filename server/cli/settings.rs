//! Which configuration applies to a checked path.
//!
//! `--config FILE` names one file for the whole run. Otherwise each PATH argument gets the
//! nearest `.http-status.toml` in its own directory (a file's parent) or an ancestor of it, so
//! that `check ../other-project` uses that project's settings; with no file the defaults apply.
//! The directory searched is the path made absolute, without resolving symbolic links.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{self, Config, Settings};

/// Loads configuration files once each, however many paths share them.
#[derive(Default)]
pub struct Configs {
    explicit: Option<Arc<Loaded>>,
    by_file: HashMap<PathBuf, Arc<Loaded>>,
    defaults: Arc<Loaded>,
}

/// A configuration and the file it came from (`None` for the defaults).
#[derive(Debug, Default)]
pub struct Loaded {
    pub config: Config,
    pub file: Option<PathBuf>,
    /// Complaints that did not stop loading, such as an unknown rule name.
    pub warnings: Vec<String>,
}

impl Configs {
    /// With `explicit`, every path uses that file; it must exist and parse.
    pub fn new(explicit: Option<&Path>) -> Result<Configs, String> {
        let mut configs = Configs::default();
        if let Some(file) = explicit {
            configs.explicit = Some(Arc::new(load(file)?));
        }
        Ok(configs)
    }

    /// The configuration for a PATH argument. A file that exists but cannot be read or parsed
    /// is an error: checking with settings the user did not mean would report the wrong things.
    pub fn for_path(&mut self, path: &Path) -> Result<Arc<Loaded>, String> {
        if let Some(explicit) = &self.explicit {
            return Ok(Arc::clone(explicit));
        }
        let Some(file) = find(path) else {
            return Ok(Arc::clone(&self.defaults));
        };
        if let Some(loaded) = self.by_file.get(&file) {
            return Ok(Arc::clone(loaded));
        }
        let loaded = Arc::new(load(&file)?);
        self.by_file.insert(file, Arc::clone(&loaded));
        Ok(loaded)
    }

    /// Every file loaded, for `--verbose` and for warnings; each once.
    pub fn loaded(&self) -> impl Iterator<Item = &Loaded> {
        self.explicit
            .iter()
            .chain(self.by_file.values())
            .map(|l| l.as_ref())
    }
}

/// The nearest configuration file at or above `path`.
fn find(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let start = if absolute.is_dir() {
        absolute.as_path()
    } else {
        absolute.parent()?
    };
    start
        .ancestors()
        .map(|dir| dir.join(config::FILE_NAME))
        .find(|candidate| candidate.is_file())
}

fn load(file: &Path) -> Result<Loaded, String> {
    let name = shown(file);
    let text = std::fs::read_to_string(file).map_err(|err| format!("cannot read {name}: {err}"))?;
    let settings =
        Settings::from_toml(&text).map_err(|err| format!("{name}: {}", err.trim_end()))?;
    let mut config = Config::default();
    let warnings = config
        .apply(&settings)
        .into_iter()
        .map(|w| format!("{name}: {w}"))
        .collect();
    Ok(Loaded {
        config,
        file: Some(file.to_path_buf()),
        warnings,
    })
}

/// A configuration file's name for messages: relative to the current directory when inside it.
pub fn shown(file: &Path) -> String {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| file.strip_prefix(cwd).ok().map(Path::to_path_buf));
    relative.as_deref().unwrap_or(file).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Rule, Severity};

    #[test]
    fn the_nearest_file_above_a_path_wins() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::write(root.join(config::FILE_NAME), "allow = [418]\n").unwrap();
        std::fs::write(
            root.join("a").join(config::FILE_NAME),
            "[rules]\ninvalid-status = \"hint\"\n",
        )
        .unwrap();
        std::fs::write(root.join("a/b/x.py"), "").unwrap();

        let mut configs = Configs::new(None).unwrap();
        let inner = configs.for_path(&root.join("a/b/x.py")).unwrap();
        assert_eq!(
            inner.config.severity(Rule::InvalidStatus),
            Some(Severity::Hint)
        );
        assert!(!inner.config.is_allowed(418));
        let outer = configs.for_path(root).unwrap();
        assert!(outer.config.is_allowed(418));
        assert_eq!(configs.loaded().count(), 2);
    }

    #[test]
    fn a_broken_file_is_an_error_and_an_unknown_rule_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(config::FILE_NAME);
        std::fs::write(&file, "[rules]\ninvalid-status = \"loud\"\n").unwrap();
        assert!(Configs::new(None).unwrap().for_path(dir.path()).is_err());
        std::fs::write(&file, "[rules]\nno-such-rule = \"off\"\n").unwrap();
        let loaded = Configs::new(None).unwrap().for_path(dir.path()).unwrap();
        assert!(
            loaded.warnings[0].contains("no-such-rule"),
            "{:?}",
            loaded.warnings
        );
        assert!(Configs::new(Some(&dir.path().join("missing.toml"))).is_err());
    }
}
