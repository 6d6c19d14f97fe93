//! Findings as LSP diagnostics.

use ropey::Rope;
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, DiagnosticTag, NumberOrString, Uri,
};

use super::position::{self, Encoding};
use crate::config::Config;
use crate::document::Document;
use crate::registry::Registry;
use crate::rules::{self, Finding, Rule, Severity};

/// The `source` of every diagnostic we publish.
pub const SOURCE: &str = "http-status";

pub fn for_document(document: &Document, config: &Config, encoding: Encoding) -> Vec<Diagnostic> {
    let registry = Registry::get();
    let Some(language) = document.language() else {
        return Vec::new();
    };
    let text = document.text();
    let mentions = document.mentions();
    document
        .literals_where(|code| rules::may_find(code, Registry::get()))
        .flat_map(|literal| {
            let written = || std::borrow::Cow::from(text.byte_slice(literal.span.clone()));
            rules::check_literal(&literal, written, language, &mentions, registry, config)
                .collect::<Vec<_>>()
        })
        .map(|finding| to_diagnostic(text, finding, encoding))
        .collect()
}

fn to_diagnostic(text: &Rope, finding: Finding, encoding: Encoding) -> Diagnostic {
    let href = finding
        .spec_url
        .as_deref()
        .unwrap_or(finding.rule.help_url())
        .parse::<Uri>()
        .ok();
    Diagnostic {
        range: position::to_range(text, finding.span, encoding),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.code().to_string())),
        code_description: href.map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message: finding.message,
        related_information: None,
        tags: (finding.rule == Rule::DeprecatedStatus).then(|| vec![DiagnosticTag::DEPRECATED]),
        // `replacement`: the text a quick fix would put in the range (a renamed constant's
        // new name), for code actions to offer without re-running the rules.
        data: Some(match &finding.replacement {
            Some(replacement) => {
                serde_json::json!({ "code": finding.code, "replacement": replacement })
            }
            None => serde_json::json!({ "code": finding.code }),
        }),
    }
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Information => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}
