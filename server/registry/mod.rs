//! Facts about HTTP status codes: the IANA registry, the well-known unofficial codes and our
//! explanations of them. One data file (`status-codes.toml`) is the single source of truth; it is
//! compiled into the binary and parsed once, on first use.

use std::sync::OnceLock;

use serde::Deserialize;

/// The five classes of RFC 9110 §15, named by their first digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    Informational,
    Successful,
    Redirection,
    ClientError,
    ServerError,
}

impl Class {
    /// The class of a code in 100–599; `None` outside that range.
    pub fn of(code: u32) -> Option<Class> {
        match code {
            100..=199 => Some(Class::Informational),
            200..=299 => Some(Class::Successful),
            300..=399 => Some(Class::Redirection),
            400..=499 => Some(Class::ClientError),
            500..=599 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// "1xx Informational", as people write it.
    pub fn label(self) -> &'static str {
        match self {
            Class::Informational => "1xx Informational",
            Class::Successful => "2xx Successful",
            Class::Redirection => "3xx Redirection",
            Class::ClientError => "4xx Client Error",
            Class::ServerError => "5xx Server Error",
        }
    }
}

/// A registered code's standing in the IANA registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// Registered and in use.
    Standard,
    /// Registered, but not to be used (102, 305, 510).
    Deprecated,
    /// Reserved: must not be sent (306, 418).
    Unused,
    /// A temporary registration for a draft (104).
    Temporary,
}

impl Standing {
    /// The IANA registry's word for it, as the reference CSV spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Standard => "standard",
            Standing::Deprecated => "deprecated",
            Standing::Unused => "unused",
            Standing::Temporary => "temporary",
        }
    }
}

/// A code in the IANA HTTP Status Code Registry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registered {
    pub code: u16,
    /// The current reason phrase, e.g. "Content Too Large".
    pub reason: String,
    /// The registry's reference text, e.g. "RFC9110, Section 15.5.14".
    pub reference: String,
    /// A link to the defining section on rfc-editor.org (or the draft on datatracker).
    pub spec_url: String,
    pub standing: Standing,
    /// Reason phrases the code had before, oldest first, e.g. ["Request Entity Too Large", "Payload Too Large"].
    #[serde(default)]
    pub former_reasons: Vec<String>,
    /// One sentence: what the code means.
    pub summary: String,
    /// Markdown: what the code means in more detail.
    pub meaning: String,
    /// Markdown: when a server should send it.
    pub when_to_send: String,
    /// Markdown: what a client should check when it receives it.
    pub when_received: String,
    /// Markdown: the codes it is usually confused with, and how to tell them apart.
    #[serde(default)]
    pub confusions: Option<String>,
    /// For deprecated and reserved codes: why, and what to send instead.
    #[serde(default)]
    pub caution: Option<String>,
    /// The code to use instead, for deprecated and reserved codes where there is one.
    #[serde(default)]
    pub prefer: Option<u16>,
    /// The MDN page, where MDN has one.
    #[serde(default)]
    pub mdn_url: Option<String>,
}

impl Registered {
    pub fn class(&self) -> Class {
        // Every registered code is in 100–599; the registry test holds that.
        Class::of(u32::from(self.code)).unwrap_or(Class::ServerError)
    }
}

/// A well-known code that no standard defines, as one origin uses it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unofficial {
    pub code: u16,
    /// The phrase this origin uses; `None` where the origin defines no phrase.
    #[serde(default)]
    pub reason: Option<String>,
    /// What it means, where the origin has no phrase or the phrase alone says too little.
    #[serde(default)]
    pub description: Option<String>,
    /// Who uses it, e.g. "nginx".
    pub origin: String,
    /// The registered code to prefer, where there is one.
    #[serde(default)]
    pub prefer: Option<u16>,
}

impl Unofficial {
    /// The origin up to its first parenthesis: "nginx (logged only)" → "nginx".
    pub fn short_origin(&self) -> &str {
        self.origin
            .split(" (")
            .next()
            .unwrap_or(&self.origin)
            .trim()
    }
}

/// A status constant a library renamed, and the name it introduced.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renamed {
    /// Whose names these are, for messages: "Spring's HttpStatus".
    pub library: String,
    /// LSP language ids the names are written in.
    pub languages: Vec<String>,
    /// The segment written before the name (`HttpStatus` in `HttpStatus.PAYLOAD_TOO_LARGE`);
    /// empty for symbols and atoms (`:unprocessable_entity`).
    pub qualifier: String,
    pub old: String,
    pub new: String,
    /// The status both names denote.
    pub code: u16,
    /// The release that introduced the new name, with any history of the old one.
    pub since: String,
    pub old_name: OldName,
    /// Words one of which the text must contain for the entry to apply (`fastapi`), where the
    /// same spelling also belongs to a library that kept the old name.
    #[serde(default)]
    pub when_text_mentions: Vec<String>,
}

/// What became of a renamed constant's old name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OldName {
    /// Still accepted, silently.
    Alias,
    /// Still accepted, but marked deprecated or warning at run time.
    Deprecated,
    /// No longer accepted by current releases.
    Removed,
}

/// An inclusive range of codes that IANA has not assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnassignedRange {
    pub first: u16,
    pub last: u16,
}

/// What the registry knows about one number.
#[derive(Debug, Clone, Copy)]
pub enum Lookup<'a> {
    /// In the IANA registry; `unofficial` lists other meanings vendors give the same number.
    Registered {
        entry: &'a Registered,
        unofficial: &'a [Unofficial],
    },
    /// Not registered, but known from one or more vendors.
    Unofficial(&'a [Unofficial]),
    /// In 100–599, neither registered nor known.
    Unassigned,
    /// Outside 100–599: not an HTTP status code at all (RFC 9110 §15).
    Invalid,
}

/// The whole registry, loaded from the compiled-in data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    /// The date of the IANA registry the data follows.
    pub iana_updated: String,
    registered: Vec<Registered>,
    unofficial: Vec<Unofficial>,
    unassigned: Vec<UnassignedRange>,
    renamed: Vec<Renamed>,
}

const DATA: &str = include_str!("status-codes.toml");

impl Registry {
    /// The registry compiled into this binary.
    pub fn get() -> &'static Registry {
        static REGISTRY: OnceLock<Registry> = OnceLock::new();
        REGISTRY.get_or_init(|| {
            Registry::parse(DATA).unwrap_or_else(|err| {
                // The data file is part of the source; `registry_data_parses` keeps this unreachable.
                panic!("the compiled-in status-codes.toml is invalid: {err}")
            })
        })
    }

    fn parse(text: &str) -> Result<Registry, toml::de::Error> {
        let mut registry: Registry = toml::from_str(text)?;
        registry.registered.sort_by_key(|r| r.code);
        registry.unofficial.sort_by_key(|u| u.code); // stable: keeps each code's origins in file order
        Ok(registry)
    }

    /// Every registered code, in ascending order.
    pub fn registered(&self) -> &[Registered] {
        &self.registered
    }

    /// Every unofficial code and origin, in ascending order of code.
    pub fn unofficial(&self) -> &[Unofficial] {
        &self.unofficial
    }

    /// Status constants that libraries renamed.
    pub fn renamed(&self) -> &[Renamed] {
        &self.renamed
    }

    /// Whether some library renamed a constant for `code`: callers that skip clean codes must
    /// still look at constants for these.
    pub fn has_renamed_constants(&self, code: u32) -> bool {
        self.renamed.iter().any(|r| u32::from(r.code) == code)
    }

    /// The unassigned ranges as IANA lists them.
    pub fn unassigned(&self) -> &[UnassignedRange] {
        &self.unassigned
    }

    pub fn registered_code(&self, code: u32) -> Option<&Registered> {
        let code = u16::try_from(code).ok()?;
        self.registered
            .binary_search_by_key(&code, |r| r.code)
            .ok()
            .map(|i| &self.registered[i])
    }

    /// The unofficial meanings of `code`, possibly none.
    pub fn unofficial_code(&self, code: u32) -> &[Unofficial] {
        let Ok(code) = u16::try_from(code) else {
            return &[];
        };
        let start = self.unofficial.partition_point(|u| u.code < code);
        let end = self.unofficial.partition_point(|u| u.code <= code);
        &self.unofficial[start..end]
    }

    /// What a client that does not know `code` treats it as (RFC 9110 §15): the x00 code of its
    /// class, as "400 Bad Request".
    pub fn class_fallback(&self, code: u32) -> String {
        let base = code / 100 * 100;
        self.registered_code(base)
            .map_or_else(|| base.to_string(), |r| format!("{} {}", r.code, r.reason))
    }

    pub fn lookup(&self, code: u32) -> Lookup<'_> {
        if !(100..=599).contains(&code) {
            return Lookup::Invalid;
        }
        let unofficial = self.unofficial_code(code);
        match self.registered_code(code) {
            Some(entry) => Lookup::Registered { entry, unofficial },
            None if !unofficial.is_empty() => Lookup::Unofficial(unofficial),
            None => Lookup::Unassigned,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_data_parses() {
        if let Err(err) = Registry::parse(DATA) {
            panic!("status-codes.toml: {err}");
        }
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let valid = "iana_updated = \"x\"\nregistered = []\nunofficial = []\nrenamed = []\n\
                     [[unassigned]]\nfirst = 1\nlast = 2\n";
        assert!(Registry::parse(valid).is_ok());
        assert!(Registry::parse(&format!("{valid}length = 2\n")).is_err());
    }

    #[test]
    fn lookup_distinguishes_the_four_kinds() {
        let r = Registry::get();
        assert!(
            matches!(r.lookup(404), Lookup::Registered { entry, .. } if entry.reason == "Not Found")
        );
        assert!(matches!(r.lookup(499), Lookup::Unofficial(u) if !u.is_empty()));
        assert!(matches!(r.lookup(299), Lookup::Unassigned));
        assert!(matches!(r.lookup(600), Lookup::Invalid));
        assert!(matches!(r.lookup(99), Lookup::Invalid));
    }

    #[test]
    fn registered_codes_are_unique_and_in_range() {
        let codes: Vec<u16> = Registry::get()
            .registered()
            .iter()
            .map(|r| r.code)
            .collect();
        assert!(
            codes.windows(2).all(|w| w[0] < w[1]),
            "duplicate code in {codes:?}"
        );
        assert!(codes.iter().all(|c| (100..=599).contains(c)), "{codes:?}");
    }

    /// Without this, `lookup` could call a registered or unassigned number something else.
    #[test]
    fn registered_and_unassigned_cover_100_to_599_once() {
        let r = Registry::get();
        for code in 100..=599u32 {
            let ranges = r
                .unassigned()
                .iter()
                .filter(|u| (u32::from(u.first)..=u32::from(u.last)).contains(&code))
                .count();
            let registered = usize::from(r.registered_code(code).is_some());
            assert_eq!(
                registered + ranges,
                1,
                "{code} is covered {} times",
                registered + ranges
            );
        }
    }

    #[test]
    fn unofficial_origins_keep_file_order_per_code() {
        let origins: Vec<&str> = Registry::get()
            .unofficial_code(530)
            .iter()
            .map(|u| u.origin.as_str())
            .collect();
        assert_eq!(origins, ["Cloudflare", "Shopify", "Pantheon"]);
    }

    #[test]
    fn every_preferred_code_is_registered_and_standard() {
        let r = Registry::get();
        let preferred = r
            .registered()
            .iter()
            .map(|e| (e.code, e.prefer))
            .chain(r.unofficial().iter().map(|u| (u.code, u.prefer)));
        for (code, prefer) in preferred {
            if let Some(p) = prefer {
                let target = r.registered_code(p.into());
                assert!(
                    target.is_some_and(|t| t.standing == Standing::Standard && t.code != code),
                    "{code} prefers {p}, which is not a standard registered code"
                );
            }
        }
    }
}
