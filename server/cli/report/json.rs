//! `--format json`: one JSON document, schema version [`VERSION`]. docs/cli.md documents it;
//! fields may be added within a version, but none is renamed, removed or changes meaning.

use std::io::{self, Write};

use serde::Serialize;

use super::display_path;
use crate::cli::check::{Point, Report};

/// The schema version; raised only for an incompatible change.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool,
    summary: Summary,
    findings: Vec<Finding<'a>>,
    skipped: Vec<Skipped>,
    errors: Vec<Error>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Summary {
    files_scanned: usize,
    files_skipped: usize,
    errors: usize,
    findings: Counts,
}

#[derive(Serialize)]
struct Counts {
    total: usize,
    error: usize,
    warning: usize,
    information: usize,
    hint: usize,
}

#[derive(Serialize)]
struct Finding<'a> {
    path: String,
    language: &'static str,
    code: u32,
    literal: &'a str,
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    help_url: &'static str,
    spec_url: Option<&'a str>,
    replacement: Option<&'a str>,
    start: Position,
    end: Position,
}

#[derive(Serialize)]
struct Position {
    line: usize,
    column: usize,
    offset: usize,
}

impl From<Point> for Position {
    fn from(p: Point) -> Position {
        Position {
            line: p.line,
            column: p.column,
            offset: p.offset,
        }
    }
}

#[derive(Serialize)]
struct Skipped {
    path: String,
    reason: &'static str,
    detail: String,
}

#[derive(Serialize)]
struct Error {
    path: String,
    message: String,
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let counts = report.counts();
    let document = Document {
        version: VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        summary: Summary {
            files_scanned: report.files.len(),
            files_skipped: report.skipped.len(),
            errors: report.missing.len(),
            findings: Counts {
                total: counts.total(),
                error: counts.error,
                warning: counts.warning,
                information: counts.information,
                hint: counts.hint,
            },
        },
        findings: report
            .findings()
            .map(|(file, located)| Finding {
                path: display_path(&file.path),
                language: file.language.language_id(),
                code: located.finding.code,
                literal: &located.literal,
                rule: located.finding.rule.code(),
                severity: located.finding.severity.as_str(),
                message: &located.finding.message,
                help_url: located.finding.rule.help_url(),
                spec_url: located.finding.spec_url.as_deref(),
                replacement: located.finding.replacement.as_deref(),
                start: located.start.into(),
                end: located.end.into(),
            })
            .collect(),
        skipped: report
            .skipped
            .iter()
            .map(|s| Skipped {
                path: display_path(&s.path),
                reason: s.reason.key(),
                detail: s.reason.detail(),
            })
            .collect(),
        errors: report
            .missing
            .iter()
            .map(|m| Error {
                path: display_path(&m.path),
                message: m.message.clone(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use crate::cli::args::Format;
    use crate::cli::report::tests::{render, sample};
    use serde_json::{Value, json};

    #[test]
    fn the_document_follows_the_schema() {
        let doc: Value = serde_json::from_str(&render(Format::Json, &sample())).unwrap();
        assert_eq!(doc["version"], 1);
        assert_eq!(doc["tool"]["name"], "http-status-lsp");
        assert_eq!(
            doc["summary"],
            json!({"files_scanned": 3, "files_skipped": 1, "errors": 1,
                   "findings": {"total": 3, "error": 1, "warning": 1, "information": 1, "hint": 0}})
        );
        let teapot = &doc["findings"][0];
        assert_eq!(teapot["path"], "app.py");
        assert_eq!(teapot["language"], "python");
        assert_eq!(teapot["code"], 418);
        assert_eq!(teapot["literal"], "418");
        assert_eq!(teapot["rule"], "reserved-status");
        assert_eq!(teapot["severity"], "warning");
        assert_eq!(
            teapot["start"],
            json!({"line": 4, "column": 11, "offset": 49})
        );
        assert_eq!(
            teapot["end"],
            json!({"line": 4, "column": 14, "offset": 52})
        );
        assert!(teapot["spec_url"].as_str().unwrap().starts_with("https://"));
        let js = &doc["findings"][2];
        assert_eq!(js["start"]["column"], 31);
        assert_eq!(js["start"]["offset"], 31);
        assert_eq!(js["spec_url"], Value::Null);
        assert_eq!(
            doc["skipped"],
            json!([{"path": "blob.py", "reason": "binary",
                    "detail": "it looks binary (it contains NUL bytes)"}])
        );
        assert_eq!(
            doc["errors"],
            json!([{"path": "nope", "message": "No such file or directory"}])
        );
    }
}
