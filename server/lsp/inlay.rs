//! The reason phrase shown after a status literal.

use tower_lsp_server::ls_types::{InlayHint, InlayHintLabel, InlayHintTooltip};

use super::position::{self, Encoding};
use crate::detect::Form;
use crate::document::Document;
use crate::registry::{Lookup, Registry};

/// Hints for the literals on the lines `span` (byte offsets) touches.
pub fn hints(
    document: &Document,
    span: std::ops::Range<usize>,
    encoding: Encoding,
) -> Vec<InlayHint> {
    let registry = Registry::get();
    document
        .literals_in(span)
        // A named constant already says what it is.
        .filter(|lit| lit.form != Form::Constant)
        .filter_map(|lit| {
            let (label, tooltip) = match registry.lookup(lit.code) {
                Lookup::Registered { entry, .. } => (entry.reason.clone(), entry.summary.clone()),
                Lookup::Unofficial(uses) => {
                    let first = uses.first()?;
                    let phrase = first.reason.clone().or_else(|| first.description.clone())?;
                    (format!("{phrase} (non-standard)"), first.origin.clone())
                }
                Lookup::Unassigned | Lookup::Invalid => return None,
            };
            Some(InlayHint {
                position: position::to_position(document.text(), lit.span.end, encoding),
                label: InlayHintLabel::String(label),
                kind: None,
                text_edits: None,
                tooltip: Some(InlayHintTooltip::String(tooltip)),
                padding_left: Some(true),
                padding_right: None,
                data: None,
            })
        })
        .collect()
}
