//! The languages the detector knows, and how editors and file names name them.

use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Python,
    JavaScript,
    TypeScript,
    Go,
    Rust,
    Java,
    Kotlin,
    Scala,
    CSharp,
    Ruby,
    Php,
    Elixir,
    Swift,
    Dart,
    Lua,
    Shell,
    C,
    Cpp,
    /// YAML: OpenAPI / Swagger documents, Kubernetes and gateway configuration.
    Yaml,
    /// JSON: OpenAPI / Swagger documents and the like.
    Json,
    Nginx,
    Apache,
    Caddy,
    /// `.http` / `.rest` request files (REST Client, JetBrains HTTP Client).
    Http,
}

impl Language {
    pub const ALL: &'static [Language] = &[
        Language::Python,
        Language::JavaScript,
        Language::TypeScript,
        Language::Go,
        Language::Rust,
        Language::Java,
        Language::Kotlin,
        Language::Scala,
        Language::CSharp,
        Language::Ruby,
        Language::Php,
        Language::Elixir,
        Language::Swift,
        Language::Dart,
        Language::Lua,
        Language::Shell,
        Language::C,
        Language::Cpp,
        Language::Yaml,
        Language::Json,
        Language::Nginx,
        Language::Apache,
        Language::Caddy,
        Language::Http,
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
            "kotlin" => Language::Kotlin,
            "scala" => Language::Scala,
            "csharp" => Language::CSharp,
            "ruby" => Language::Ruby,
            "php" => Language::Php,
            "elixir" => Language::Elixir,
            "swift" => Language::Swift,
            "dart" => Language::Dart,
            "lua" => Language::Lua,
            "shellscript" | "sh" | "bash" | "zsh" => Language::Shell,
            "c" => Language::C,
            "cpp" => Language::Cpp,
            "yaml" => Language::Yaml,
            "json" | "jsonc" => Language::Json,
            "nginx" => Language::Nginx,
            "apacheconf" | "apache" => Language::Apache,
            "caddyfile" | "caddy" => Language::Caddy,
            "http" => Language::Http,
            _ => return None,
        })
    }

    /// The language for a file, by its extension or well-known name. `.conf` files count as
    /// nginx or Apache configuration only inside a folder named for the server.
    pub fn from_path(path: &Path) -> Option<Language> {
        let name = path.file_name()?.to_str()?;
        let lower = name.to_ascii_lowercase();
        match lower.as_str() {
            "nginx.conf" => return Some(Language::Nginx),
            ".htaccess" | "httpd.conf" | "apache2.conf" => return Some(Language::Apache),
            "caddyfile" => return Some(Language::Caddy),
            _ => {}
        }
        let ext = lower.rsplit_once('.').map(|(_, ext)| ext)?;
        Some(match ext {
            "py" | "pyi" => Language::Python,
            "js" | "jsx" | "mjs" | "cjs" => Language::JavaScript,
            "ts" | "tsx" | "mts" | "cts" => Language::TypeScript,
            "go" => Language::Go,
            "rs" => Language::Rust,
            "java" => Language::Java,
            "kt" | "kts" => Language::Kotlin,
            "scala" | "sc" => Language::Scala,
            "cs" => Language::CSharp,
            "rb" | "rake" | "ru" => Language::Ruby,
            "php" => Language::Php,
            "ex" | "exs" => Language::Elixir,
            "swift" => Language::Swift,
            "dart" => Language::Dart,
            "lua" => Language::Lua,
            "sh" | "bash" | "zsh" => Language::Shell,
            "c" | "h" => Language::C,
            "cc" | "cpp" | "cxx" | "hpp" | "hh" | "hxx" => Language::Cpp,
            "yaml" | "yml" => Language::Yaml,
            "json" => Language::Json,
            "nginx" => Language::Nginx,
            "caddyfile" | "caddy" => Language::Caddy,
            "http" | "rest" => Language::Http,
            "conf" => return conf_by_folder(path),
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
            Language::Kotlin => "kotlin",
            Language::Scala => "scala",
            Language::CSharp => "csharp",
            Language::Ruby => "ruby",
            Language::Php => "php",
            Language::Elixir => "elixir",
            Language::Swift => "swift",
            Language::Dart => "dart",
            Language::Lua => "lua",
            Language::Shell => "shellscript",
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::Yaml => "yaml",
            Language::Json => "json",
            Language::Nginx => "nginx",
            Language::Apache => "apacheconf",
            Language::Caddy => "caddyfile",
            Language::Http => "http",
        }
    }

    /// A short human name, for reports.
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "Python",
            Language::JavaScript => "JavaScript",
            Language::TypeScript => "TypeScript",
            Language::Go => "Go",
            Language::Rust => "Rust",
            Language::Java => "Java",
            Language::Kotlin => "Kotlin",
            Language::Scala => "Scala",
            Language::CSharp => "C#",
            Language::Ruby => "Ruby",
            Language::Php => "PHP",
            Language::Elixir => "Elixir",
            Language::Swift => "Swift",
            Language::Dart => "Dart",
            Language::Lua => "Lua",
            Language::Shell => "Shell",
            Language::C => "C",
            Language::Cpp => "C++",
            Language::Yaml => "YAML",
            Language::Json => "JSON",
            Language::Nginx => "nginx",
            Language::Apache => "Apache",
            Language::Caddy => "Caddyfile",
            Language::Http => "HTTP request file",
        }
    }
}

fn conf_by_folder(path: &Path) -> Option<Language> {
    path.ancestors().skip(1).find_map(|dir| {
        let name = dir.file_name()?.to_str()?.to_ascii_lowercase();
        match name.as_str() {
            "nginx" | "sites-available" | "sites-enabled" | "conf.d" => Some(Language::Nginx),
            "apache" | "apache2" | "httpd" => Some(Language::Apache),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_by_path() {
        let of = |p: &str| Language::from_path(Path::new(p));
        assert_eq!(of("app/views.py"), Some(Language::Python));
        assert_eq!(of("web/App.TSX"), Some(Language::TypeScript));
        assert_eq!(of("deploy/nginx.conf"), Some(Language::Nginx));
        assert_eq!(of("etc/nginx/sites.conf"), Some(Language::Nginx));
        assert_eq!(of("etc/apache2/site.conf"), Some(Language::Apache));
        assert_eq!(of("public/.htaccess"), Some(Language::Apache));
        assert_eq!(of("Caddyfile"), Some(Language::Caddy));
        assert_eq!(of("api/get-user.http"), Some(Language::Http));
        assert_eq!(of("misc/app.conf"), None);
        assert_eq!(of("README"), None);
    }

    #[test]
    fn language_ids_round_trip() {
        for &language in Language::ALL {
            assert_eq!(
                Language::from_language_id(language.language_id()),
                Some(language)
            );
        }
    }
}
