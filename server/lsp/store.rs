//! The open documents, as the client last described them.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

use super::position::{self, Encoding};
use crate::detect::Language;
use crate::document::Document;
use crate::limits;

pub struct OpenDocument {
    pub version: i32,
    pub document: Document,
}

#[derive(Default)]
pub struct Store {
    documents: HashMap<Uri, OpenDocument>,
}

/// Why a document is kept but not analysed: the rule the CLI applies to files, too.
pub fn skip_reason(text: &str) -> Option<String> {
    limits::skip_reason(text.as_bytes()).map(|skip| skip.to_string())
}

impl Store {
    /// Opens (or re-opens) a document. Returns why it is not analysed, if it is not.
    pub fn open(
        &mut self,
        uri: Uri,
        language_id: &str,
        version: i32,
        text: &str,
    ) -> Option<String> {
        let skipped = skip_reason(text);
        let language = match skipped {
            Some(_) => None,
            None => Language::from_language_id(language_id),
        };
        let document = Document::new(text, language);
        self.documents
            .insert(uri, OpenDocument { version, document });
        skipped
    }

    /// Applies the client's changes in order. Returns a complaint for each change that had to be
    /// adjusted, and `None` when the document is not open.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: Encoding,
    ) -> Option<Vec<String>> {
        let open = self.documents.get_mut(uri)?;
        let mut complaints = Vec::new();
        for change in changes {
            let document = &mut open.document;
            match change.range {
                None => document.replace_all(&change.text),
                Some(range) => {
                    let text = document.text();
                    let mut start = position::to_offset(text, range.start, encoding);
                    let mut end = position::to_offset(text, range.end, encoding);
                    if start > end {
                        complaints.push(format!(
                            "a change's range ends before it starts ({range:?}); applied with its ends swapped"
                        ));
                        std::mem::swap(&mut start, &mut end);
                    }
                    if let Err(err) = document.edit(start..end, &change.text) {
                        complaints.push(err.0);
                    }
                }
            }
        }
        open.version = version;
        Some(complaints)
    }

    pub fn close(&mut self, uri: &Uri) {
        self.documents.remove(uri);
    }

    pub fn get(&self, uri: &Uri) -> Option<&OpenDocument> {
        self.documents.get(uri)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Uri, &OpenDocument)> {
        self.documents.iter()
    }
}
