//! What is wrong with a detected status code. Knows nothing of LSP or terminals: a [`Finding`]
//! is a span, a rule, a severity and a message, which each front end renders its own way.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::detect::{Form, Language, StatusLiteral};
use crate::registry::{Lookup, OldName, Registered, Registry, Standing, Unofficial};

/// The checks, by their stable user-facing codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Outside 100–599.
    InvalidStatus,
    /// In range, but neither registered nor a known unofficial code.
    UnassignedStatus,
    /// Registered but deprecated: 102, 305, 510.
    DeprecatedStatus,
    /// Reserved, must not be sent: 306, 418.
    ReservedStatus,
    /// A known unofficial code: 499, 509, 520…
    NonstandardStatus,
    /// A named constant its library renamed: `HTTPStatus.UNPROCESSABLE_ENTITY`.
    RenamedConstant,
}

impl Rule {
    pub const ALL: [Rule; 6] = [
        Rule::InvalidStatus,
        Rule::UnassignedStatus,
        Rule::DeprecatedStatus,
        Rule::ReservedStatus,
        Rule::NonstandardStatus,
        Rule::RenamedConstant,
    ];

    /// The stable code users see and configure, e.g. `invalid-status`.
    pub fn code(self) -> &'static str {
        match self {
            Rule::InvalidStatus => "invalid-status",
            Rule::UnassignedStatus => "unassigned-status",
            Rule::DeprecatedStatus => "deprecated-status",
            Rule::ReservedStatus => "reserved-status",
            Rule::NonstandardStatus => "nonstandard-status",
            Rule::RenamedConstant => "renamed-constant",
        }
    }

    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn default_severity(self) -> Severity {
        match self {
            Rule::InvalidStatus => Severity::Error,
            Rule::UnassignedStatus | Rule::DeprecatedStatus | Rule::ReservedStatus => {
                Severity::Warning
            }
            Rule::NonstandardStatus => Severity::Information,
            Rule::RenamedConstant => Severity::Hint,
        }
    }

    /// One line for rule listings and SARIF metadata.
    pub fn description(self) -> &'static str {
        match self {
            Rule::InvalidStatus => "A status code outside 100–599, which HTTP does not allow.",
            Rule::UnassignedStatus => {
                "A status code that IANA has not registered and no well-known vendor uses."
            }
            Rule::DeprecatedStatus => "A registered status code that is deprecated.",
            Rule::ReservedStatus => "A reserved status code that must not be sent.",
            Rule::NonstandardStatus => "A vendor-specific status code that no standard defines.",
            Rule::RenamedConstant => "A status constant whose library has a newer name for it.",
        }
    }

    /// A paragraph on what the rule flags, why it matters and what to do: rule documentation
    /// (SARIF `fullDescription` and `help`).
    pub fn explanation(self) -> &'static str {
        match self {
            Rule::InvalidStatus => {
                "HTTP status codes are three-digit numbers from 100 to 599 (RFC 9110, Section 15). \
                 A number outside that range where a status is expected is a bug: clients and \
                 proxies reject the response as malformed, or fail in ways that are hard to trace."
            }
            Rule::UnassignedStatus => {
                "The code is in 100–599, but IANA has not registered it and no well-known product \
                 uses it. A client that does not know a code treats it as the x00 code of its class \
                 (RFC 9110, Section 15), so whatever it was meant to say is lost. Use a registered \
                 code, or list the number under `allow` in .http-status.toml if it is deliberate."
            }
            Rule::DeprecatedStatus => {
                "IANA lists the code as deprecated (102 Processing, 305 Use Proxy, 510 Not Extended): \
                 the mechanism behind it was withdrawn and clients may ignore or refuse it. The \
                 finding names the code to send instead where there is one."
            }
            Rule::ReservedStatus => {
                "The code is reserved, listed as (Unused) in the IANA registry (306, 418), and must \
                 not be sent: 306 belonged to an abandoned draft, and 418 is kept free because of an \
                 April Fools' protocol, so that no real meaning is ever given to it."
            }
            Rule::NonstandardStatus => {
                "The code is not registered, but a vendor uses it (nginx's 499, Cloudflare's 52x, \
                 ...). Generic clients, proxies and libraries don't know that meaning and treat it as \
                 the x00 code of its class. That is fine between systems that share the convention: \
                 list the number under `allow` in .http-status.toml, or switch the rule off."
            }
            Rule::RenamedConstant => {
                "RFC 9110 renamed some statuses (413 Content Too Large, 422 Unprocessable Content), \
                 and libraries followed with new constant names: Python 3.13's HTTPStatus, \
                 Starlette, Rack, Plug, Spring 7, .NET. The old name still works in some of them \
                 and is deprecated or gone in others; the hint names the new one and the release \
                 that brought it. Switch the rule off if you must support older releases."
            }
        }
    }

    /// Where the rule's basis is documented.
    pub fn help_url(self) -> &'static str {
        match self {
            Rule::InvalidStatus => "https://www.rfc-editor.org/rfc/rfc9110.html#section-15",
            Rule::UnassignedStatus | Rule::NonstandardStatus => {
                "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml"
            }
            Rule::DeprecatedStatus | Rule::ReservedStatus | Rule::RenamedConstant => {
                "https://www.rfc-editor.org/rfc/rfc9110.html#name-status-codes"
            }
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Information,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Information => "information",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One problem with one status literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub span: Range<usize>,
    pub code: u32,
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    /// A link to the definition of the code itself, where it has one (deprecated, reserved).
    pub spec_url: Option<String>,
    /// Text that fixes the finding when it replaces `span`: the new name of a renamed constant.
    pub replacement: Option<String>,
}

/// Whether nothing can be wrong with `code`: a standard (or temporary) registered code. Callers
/// with many literals use it to skip the rest of the work for most of them.
pub fn is_clean(code: u32, registry: &Registry) -> bool {
    matches!(
        registry.lookup(code),
        Lookup::Registered { entry, .. }
            if matches!(entry.standing, Standing::Standard | Standing::Temporary)
    )
}

/// The finding for one literal, if anything is wrong with it and the configuration wants it said.
pub fn check(literal: &StatusLiteral, registry: &Registry, config: &Config) -> Option<Finding> {
    let code = literal.code;
    if config.is_allowed(code) {
        return None;
    }
    let (rule, message, spec_url) = diagnose(code, registry)?;
    let severity = config.severity(rule)?;
    Some(Finding {
        span: literal.span.clone(),
        code,
        rule,
        severity,
        message,
        spec_url,
        replacement: None,
    })
}

/// Every finding for one literal: what is wrong with its code, and with its name. `written`
/// gives the literal's text and `mentions` whether the document contains a word; both are
/// asked only for the few constants a library renamed.
pub fn check_literal<'a>(
    literal: &StatusLiteral,
    written: impl FnOnce() -> std::borrow::Cow<'a, str>,
    language: Language,
    mentions: impl Fn(&str) -> bool,
    registry: &Registry,
    config: &Config,
) -> impl Iterator<Item = Finding> {
    let named = (literal.form == Form::Constant && registry.has_renamed_constants(literal.code))
        .then(|| check_name(literal, &written(), language, mentions, registry, config))
        .flatten();
    check(literal, registry, config).into_iter().chain(named)
}

/// Whether [`check_literal`] can find anything for a literal of `code`: callers with many
/// literals use it to skip the rest of the work for most of them.
pub fn may_find(code: u32, registry: &Registry) -> bool {
    !is_clean(code, registry) || registry.has_renamed_constants(code)
}

/// The hint for a named constant that its library renamed (`HTTPStatus.UNPROCESSABLE_ENTITY`
/// → `HTTPStatus.UNPROCESSABLE_CONTENT`). `written` is the literal's text and `mentions` tells
/// whether the document contains a word, for names whose spelling two libraries share.
pub fn check_name(
    literal: &StatusLiteral,
    written: &str,
    language: Language,
    mentions: impl Fn(&str) -> bool,
    registry: &Registry,
    config: &Config,
) -> Option<Finding> {
    if literal.form != Form::Constant {
        return None;
    }
    let (qualifier, name) = split_constant(written);
    let renamed = registry.renamed().iter().find(|r| {
        r.old == name
            && r.qualifier == qualifier
            && r.languages.iter().any(|l| l == language.language_id())
            && (r.when_text_mentions.is_empty() || r.when_text_mentions.iter().any(|w| mentions(w)))
    })?;
    let severity = config.severity(Rule::RenamedConstant)?;
    let new = &written[..written.len() - name.len()];
    let replacement = format!("{new}{}", renamed.new);
    let fate = match renamed.old_name {
        OldName::Alias => "the old name still works as an alias",
        OldName::Deprecated => "the old name is deprecated",
        OldName::Removed => "current releases no longer accept the old name",
    };
    Some(Finding {
        span: literal.span.clone(),
        code: literal.code,
        rule: Rule::RenamedConstant,
        severity,
        message: format!(
            "{} renamed {written} to {replacement} ({}); {fate}.",
            renamed.library, renamed.since
        ),
        spec_url: None,
        replacement: Some(replacement),
    })
}

/// `HTTPStatus.NOT_FOUND` → (`HTTPStatus`, `NOT_FOUND`); `status.HTTP_404_NOT_FOUND` →
/// (`status`, …); `:not_found` → (``, `not_found`).
fn split_constant(written: &str) -> (&str, &str) {
    if let Some(symbol) = written.strip_prefix(':') {
        return ("", symbol);
    }
    let cut = written.rfind(['.', ':', '>']).map_or(0, |i| i + 1);
    let name = &written[cut..];
    let before = written[..cut].trim_end_matches(['.', ':', '-', '>']);
    let qualifier = before
        .rfind(['.', ':', '>'])
        .map_or(before, |i| &before[i + 1..]);
    (qualifier, name)
}

fn diagnose(code: u32, registry: &Registry) -> Option<(Rule, String, Option<String>)> {
    match registry.lookup(code) {
        Lookup::Invalid => Some((
            Rule::InvalidStatus,
            format!(
                "{code} is not an HTTP status code: status codes are three-digit numbers from 100 to 599 (RFC 9110, Section 15)."
            ),
            None,
        )),
        Lookup::Unassigned => Some((
            Rule::UnassignedStatus,
            format!(
                "{code} is not a registered HTTP status code (IANA registry, {}); clients that do not know it treat it as {}.",
                registry.iana_updated,
                registry.class_fallback(code)
            ),
            None,
        )),
        Lookup::Registered { entry, .. } => match entry.standing {
            Standing::Standard | Standing::Temporary => None,
            Standing::Deprecated => Some((
                Rule::DeprecatedStatus,
                registered_message(entry, "is deprecated", registry),
                Some(entry.spec_url.clone()),
            )),
            Standing::Unused => Some((
                Rule::ReservedStatus,
                registered_message(entry, "is reserved and must not be sent", registry),
                Some(entry.spec_url.clone()),
            )),
        },
        Lookup::Unofficial(uses) => Some((
            Rule::NonstandardStatus,
            unofficial_message(code, uses, registry),
            None,
        )),
    }
}

/// "305 Use Proxy is deprecated: <why>. Use 307 Temporary Redirect instead."
fn registered_message(entry: &Registered, verdict: &str, registry: &Registry) -> String {
    let mut message = if entry.standing == Standing::Unused {
        format!("{} {verdict}", entry.code)
    } else {
        format!("{} {} {verdict}", entry.code, entry.reason)
    };
    match &entry.caution {
        Some(caution) => {
            message.push_str(": ");
            message.push_str(caution.trim_end_matches('.'));
            message.push('.');
        }
        None => message.push('.'),
    }
    if let Some(prefer) = entry
        .prefer
        .and_then(|p| registry.registered_code(p.into()))
    {
        message.push_str(&format!(" Prefer {} {}.", prefer.code, prefer.reason));
    }
    message
}

/// "420 is not a standard HTTP status code; it is used by Twitter (Enhance Your Calm; the
/// standard code is 429 Too Many Requests); …". Each origin names its own replacement, since
/// origins that share a number rarely share a meaning.
fn unofficial_message(code: u32, uses: &[Unofficial], registry: &Registry) -> String {
    let described: Vec<String> = uses
        .iter()
        .map(|u| {
            let mut parts: Vec<String> = Vec::new();
            if let Some(what) = u.reason.as_deref().or(u.description.as_deref()) {
                parts.push(what.to_string());
            }
            if let Some(prefer) = u.prefer.and_then(|p| registry.registered_code(p.into())) {
                parts.push(format!(
                    "the standard code is {} {}",
                    prefer.code, prefer.reason
                ));
            }
            match parts.is_empty() {
                true => u.short_origin().to_string(),
                false => format!("{} ({})", u.short_origin(), parts.join("; ")),
            }
        })
        .collect();
    format!(
        "{code} is not a standard HTTP status code; it is used by {}.",
        described.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;

    fn finding(code: u32) -> Option<Finding> {
        let literal = StatusLiteral {
            span: 0..3,
            code,
            form: Form::Number,
        };
        check(&literal, Registry::get(), &Config::default())
    }

    fn message(code: u32) -> String {
        finding(code).map(|f| f.message).unwrap_or_default()
    }

    #[test]
    fn standard_codes_are_fine() {
        for code in [200, 201, 204, 301, 404, 422, 429, 500, 503, 104] {
            assert_eq!(finding(code), None, "{code}");
        }
    }

    #[test]
    fn each_kind_of_wrong_code_gets_its_rule_and_severity() {
        let got = [600, 99, 299, 305, 306, 418, 499].map(|c| {
            let f = finding(c).unwrap();
            (c, f.rule, f.severity)
        });
        assert_eq!(
            got,
            [
                (600, Rule::InvalidStatus, Severity::Error),
                (99, Rule::InvalidStatus, Severity::Error),
                (299, Rule::UnassignedStatus, Severity::Warning),
                (305, Rule::DeprecatedStatus, Severity::Warning),
                (306, Rule::ReservedStatus, Severity::Warning),
                (418, Rule::ReservedStatus, Severity::Warning),
                (499, Rule::NonstandardStatus, Severity::Information),
            ]
        );
    }

    #[test]
    fn messages_say_why() {
        assert!(message(600).starts_with("600 is not an HTTP status code"));
        assert!(
            message(299).contains("treat it as 200 OK"),
            "{}",
            message(299)
        );
        assert!(message(432).contains("treat it as 400 Bad Request"));
        assert!(
            message(305).starts_with("305 Use Proxy is deprecated: "),
            "{}",
            message(305)
        );
        assert!(
            message(418).starts_with("418 is reserved and must not be sent: "),
            "{}",
            message(418)
        );
        assert!(
            message(499).contains("nginx (Client Closed Request)"),
            "{}",
            message(499)
        );
    }

    #[test]
    fn each_origin_names_its_own_replacement() {
        let m = message(420);
        assert!(
            m.contains("Twitter (Enhance Your Calm; the standard code is 429 Too Many Requests)"),
            "{m}"
        );
        // nginx's 499 has no replacement; Esri's token error is not nginx's business.
        let m = message(499);
        let nginx = m
            .split("; it is used by ")
            .nth(1)
            .unwrap()
            .split("); ")
            .next()
            .unwrap();
        assert!(!nginx.contains("standard code"), "{m}");
    }

    fn renamed(written: &str, language: Language, text: &str) -> Option<Finding> {
        let literal = StatusLiteral {
            span: 0..written.len(),
            code: 422,
            form: Form::Constant,
        };
        check_name(
            &literal,
            written,
            language,
            |w| text.contains(w),
            Registry::get(),
            &Config::default(),
        )
    }

    #[test]
    fn renamed_constants_get_a_hint_naming_the_new_name() {
        let f = renamed("HTTPStatus.UNPROCESSABLE_ENTITY", Language::Python, "").unwrap();
        assert_eq!(
            (f.rule, f.severity),
            (Rule::RenamedConstant, Severity::Hint)
        );
        assert_eq!(
            f.replacement.as_deref(),
            Some("HTTPStatus.UNPROCESSABLE_CONTENT")
        );
        assert_eq!(
            f.message,
            "Python's http.HTTPStatus renamed HTTPStatus.UNPROCESSABLE_ENTITY to \
             HTTPStatus.UNPROCESSABLE_CONTENT (Python 3.13); the old name still works as an alias."
        );
        let f = renamed(
            "http.HTTPStatus.REQUEST_ENTITY_TOO_LARGE",
            Language::Python,
            "",
        )
        .unwrap();
        assert_eq!(
            f.replacement.as_deref(),
            Some("http.HTTPStatus.CONTENT_TOO_LARGE")
        );
        let f = renamed(":unprocessable_entity", Language::Ruby, "").unwrap();
        assert_eq!(f.replacement.as_deref(), Some(":unprocessable_content"));
        let f = renamed("HttpStatus.PAYLOAD_TOO_LARGE", Language::Kotlin, "").unwrap();
        assert!(
            f.message
                .contains("(Spring Framework 7.0); the old name is deprecated")
        );
        let f = renamed(
            "StatusCodes.Status413RequestEntityTooLarge",
            Language::CSharp,
            "",
        );
        assert_eq!(
            f.and_then(|f| f.replacement).as_deref(),
            Some("StatusCodes.Status413PayloadTooLarge")
        );
    }

    #[test]
    fn renames_apply_only_to_the_library_that_made_them() {
        // npm's http-status-codes kept UNPROCESSABLE_ENTITY; Go and Rust never renamed.
        assert_eq!(
            renamed("HttpStatus.UNPROCESSABLE_ENTITY", Language::JavaScript, ""),
            None
        );
        assert_eq!(
            renamed("StatusCode::UNPROCESSABLE_ENTITY", Language::Rust, ""),
            None
        );
        assert_eq!(renamed("HTTPStatus.NOT_FOUND", Language::Python, ""), None);
        // DRF's status module shares Starlette's spelling but kept the old names.
        let name = "status.HTTP_422_UNPROCESSABLE_ENTITY";
        assert_eq!(
            renamed(name, Language::Python, "from rest_framework import status"),
            None
        );
        let f = renamed(name, Language::Python, "from fastapi import status").unwrap();
        assert_eq!(
            f.replacement.as_deref(),
            Some("status.HTTP_422_UNPROCESSABLE_CONTENT")
        );
        assert_eq!(split_constant("Response::HTTP_OK"), ("Response", "HTTP_OK"));
        assert_eq!(split_constant("$r->HTTP_OK"), ("$r", "HTTP_OK"));
    }

    #[test]
    fn configuration_silences_and_reweights() {
        let mut config = Config::default();
        let settings = Settings::from_toml(
            "allow = [418]\n[rules]\nnonstandard-status = \"off\"\ninvalid-status = \"warning\"\n",
        )
        .unwrap();
        config.apply(&settings);
        let literal = |code| StatusLiteral {
            span: 0..3,
            code,
            form: Form::Number,
        };
        let registry = Registry::get();
        assert_eq!(check(&literal(418), registry, &config), None);
        assert_eq!(check(&literal(499), registry, &config), None);
        assert_eq!(
            check(&literal(600), registry, &config).map(|f| f.severity),
            Some(Severity::Warning)
        );
        assert_eq!(
            check(&literal(306), registry, &config).map(|f| f.rule),
            Some(Rule::ReservedStatus)
        );
    }
}
