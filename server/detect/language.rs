//! The languages the detector knows, and how editors and file names name them.

use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Python,
    JavaScript,
    TypeScript,
    Go,
    Rust,
    Java,
    /// OpenAPI / Swagger documents written in YAML.
    Yaml,
    /// OpenAPI / Swagger documents written in JSON.
    Json,
}

impl Language {
    pub const ALL: &'static [Language] = &[
        Language::Python,
        Language::JavaScript,
        Language::TypeScript,
        Language::Go,
        Language::Rust,
        Language::Java,
        Language::Yaml,
        Language::Json,
    ];

    /// The language for an LSP `languageId`, if we analyse it.
    pub fn from_language_id(id: &str) -> Option<Language> {
        Some(match id {
            "python" => Language::Python,
            "javascript" | "javascriptreact" => Language::JavaScript,
            "typescript" | "typescriptreact" => Language::TypeScript,
            "go" => Language::Go,
            "rust" => Language::Rust,
            "java" => Language::Java,
            "yaml" => Language::Yaml,
            "json" | "jsonc" => Language::Json,
            _ => return None,
        })
    }

    /// The language for a file, by its extension or well-known name.
    pub fn from_path(path: &Path) -> Option<Language> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "py" | "pyi" => Language::Python,
            "js" | "jsx" | "mjs" | "cjs" => Language::JavaScript,
            "ts" | "tsx" | "mts" | "cts" => Language::TypeScript,
            "go" => Language::Go,
            "rs" => Language::Rust,
            "java" => Language::Java,
            "yaml" | "yml" => Language::Yaml,
            "json" => Language::Json,
            _ => return None,
        })
    }

    /// The LSP `languageId` editors use for it.
    pub fn language_id(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::JavaScript => "javascript",
            Language::TypeScript => "typescript",
            Language::Go => "go",
            Language::Rust => "rust",
            Language::Java => "java",
            Language::Yaml => "yaml",
            Language::Json => "json",
        }
    }
}
