//! Status codes offered where a status code goes.

use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionItemTag, CompletionTextEdit, Documentation,
    MarkupContent, MarkupKind, Range, TextEdit,
};

use super::docs;
use crate::registry::{Registry, Standing};

/// The codes people send most, in the order they are offered first.
const COMMON: &[u16] = &[
    200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 503, 301, 302, 304, 307, 308, 202, 405,
    410, 412, 413, 415, 502, 504,
];

/// Every registered code, as items that replace `replace` (the partly typed code, if any).
pub fn items(replace: Range) -> Vec<CompletionItem> {
    let registry = Registry::get();
    registry
        .registered()
        .iter()
        .map(|entry| {
            let discouraged = matches!(entry.standing, Standing::Deprecated | Standing::Unused);
            let rank = match COMMON.iter().position(|&c| c == entry.code) {
                Some(i) => i,
                None if discouraged => 90,
                None => 50,
            };
            let label = entry.code.to_string();
            CompletionItem {
                label: label.clone(),
                kind: Some(CompletionItemKind::CONSTANT),
                detail: Some(entry.reason.clone()),
                documentation: Some(Documentation::MarkupContent(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: docs::markdown(entry.code.into(), registry),
                })),
                tags: discouraged.then(|| vec![CompletionItemTag::DEPRECATED]),
                sort_text: Some(format!("{rank:02}{label}")),
                filter_text: Some(label.clone()),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(replace, label))),
                ..CompletionItem::default()
            }
        })
        .collect()
}
