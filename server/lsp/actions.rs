//! Quick fixes: for now, renaming a status constant to the name its library replaced it with.
//! The fix is computed from the document as it is now, not from the diagnostic the client
//! echoes back, so a stale diagnostic never edits the wrong text.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, NumberOrString, TextEdit, Uri,
    WorkspaceEdit,
};

use super::diagnostics::SOURCE;
use super::position::{self, Encoding};
use crate::config::Config;
use crate::document::Document;
use crate::registry::Registry;
use crate::rules::{self, Rule};

/// The quick fixes for the literals on the lines `span` (byte offsets) touches. `diagnostics`
/// are the client's, attached to the fix whose range they share.
pub fn quick_fixes(
    uri: &Uri,
    document: &Document,
    span: std::ops::Range<usize>,
    diagnostics: &[Diagnostic],
    config: &Config,
    encoding: Encoding,
) -> Vec<CodeActionOrCommand> {
    let Some(language) = document.language() else {
        return Vec::new();
    };
    let registry = Registry::get();
    let text = document.text();
    let mentions = document.mentions();
    document
        .literals_in(span)
        .filter(|literal| registry.has_renamed_constants(literal.code))
        .filter_map(|literal| {
            let written = std::borrow::Cow::from(text.byte_slice(literal.span.clone()));
            rules::check_name(&literal, &written, language, &mentions, registry, config)
        })
        .filter_map(|finding| {
            let new_text = finding.replacement?;
            let range = position::to_range(text, finding.span, encoding);
            let ours = diagnostics
                .iter()
                .filter(|d| {
                    d.range == range
                        && d.source.as_deref() == Some(SOURCE)
                        && d.code
                            == Some(NumberOrString::String(
                                Rule::RenamedConstant.code().to_string(),
                            ))
                })
                .cloned()
                .collect::<Vec<_>>();
            let edit = TextEdit {
                range,
                new_text: new_text.clone(),
            };
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Rename to {new_text}"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: (!ours.is_empty()).then_some(ours),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(true),
                ..CodeAction::default()
            }))
        })
        .collect()
}
