//! `--format sarif`: SARIF 2.1.0, the static-analysis interchange format GitHub code scanning
//! accepts. One run; the driver lists every rule with its descriptions, help link and default
//! level; each result points at the literal. Columns count Unicode code points (declared by
//! `columnKind`), and relative paths are relative to the directory `check` ran in, which for
//! code scanning should be the repository root.

use std::io::{self, Write};
use std::path::{Component, Path};

use serde_json::{Value, json};

use crate::cli::check::{Located, Report};
use crate::rules::{Rule, Severity};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(report))?;
    writeln!(out)
}

fn document(report: &Report) -> Value {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|&rule| rule_descriptor(rule))
        .collect();
    let results: Vec<Value> = report
        .findings()
        .map(|(file, located)| result(&file.path, located))
        .collect();
    let notifications: Vec<Value> = report
        .skipped
        .iter()
        .map(|s| {
            json!({
                "level": "note",
                "message": { "text": format!("Not checked: {}.", s.reason.detail()) },
                "locations": [{ "physicalLocation": { "artifactLocation": artifact(&s.path) } }],
            })
        })
        .chain(report.missing.iter().map(|m| {
            json!({
                "level": "error",
                "message": { "text": format!("{}: {}.", m.path.display(), m.message) },
            })
        }))
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": env!("CARGO_PKG_NAME"),
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "invocations": [{
                "executionSuccessful": report.missing.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

fn rule_descriptor(rule: Rule) -> Value {
    json!({
        "id": rule.code(),
        "name": pascal_case(rule.code()),
        "shortDescription": { "text": rule.description() },
        "fullDescription": { "text": rule.explanation() },
        "helpUri": rule.help_url(),
        "help": {
            "text": format!("{}\n\nReference: {}", rule.explanation(), rule.help_url()),
            "markdown": format!("{}\n\n[Reference]({})", rule.explanation(), rule.help_url()),
        },
        "defaultConfiguration": { "level": level(rule.default_severity()) },
        "properties": { "tags": ["http", "correctness"], "precision": "high" },
    })
}

fn result(path: &Path, located: &Located) -> Value {
    let finding = &located.finding;
    let mut result = json!({
        "ruleId": finding.rule.code(),
        "ruleIndex": Rule::ALL.iter().position(|&r| r == finding.rule).unwrap_or(0),
        "level": level(finding.severity),
        "message": { "text": finding.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": artifact(path),
                "region": {
                    "startLine": located.start.line,
                    "startColumn": located.start.column,
                    "endLine": located.end.line,
                    "endColumn": located.end.column,
                    "byteOffset": located.start.offset,
                    "byteLength": located.end.offset - located.start.offset,
                    "snippet": { "text": located.literal },
                }
            }
        }],
        "properties": { "statusCode": finding.code },
    });
    if let Some(url) = &finding.spec_url {
        result["properties"]["specUrl"] = json!(url);
    }
    result
}

/// Errors are errors, warnings warnings; SARIF has one lesser level, "note", for the rest.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

fn artifact(path: &Path) -> Value {
    if path.is_absolute() {
        json!({ "uri": file_uri(path) })
    } else {
        json!({ "uri": relative_uri(path), "uriBaseId": "%SRCROOT%" })
    }
}

/// A relative path as a URI reference: `/`-separated, each segment percent-encoded.
fn relative_uri(path: &Path) -> String {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(encode(&s.to_string_lossy())),
            Component::ParentDir => Some("..".to_string()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for c in path.components() {
        match c {
            Component::Prefix(p) => {
                uri.push('/');
                uri.push_str(&p.as_os_str().to_string_lossy());
            }
            Component::Normal(s) => {
                uri.push('/');
                uri.push_str(&encode(&s.to_string_lossy()));
            }
            Component::ParentDir => uri.push_str("/.."),
            Component::RootDir | Component::CurDir => {}
        }
    }
    uri
}

/// Percent-encodes all but RFC 3986's unreserved characters.
fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// "invalid-status" → "InvalidStatus", SARIF's convention for rule names.
fn pascal_case(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::Format;
    use crate::cli::report::tests::{render, sample};

    #[test]
    fn the_log_deserializes_as_sarif_with_rules_and_results() {
        let text = render(Format::Sarif, &sample());
        let log: serde_sarif::sarif::Sarif = serde_json::from_str(&text).unwrap();
        assert_eq!(log.version, json!("2.1.0"));
        let run = &log.runs[0];
        let driver = &run.tool.driver;
        assert_eq!(driver.name, "http-status-lsp");
        let rules = driver.rules.as_ref().unwrap();
        assert_eq!(rules.len(), Rule::ALL.len());
        let reserved = rules.iter().find(|r| r.id == "reserved-status").unwrap();
        assert_eq!(
            reserved.short_description.as_ref().unwrap().text,
            Rule::ReservedStatus.description()
        );
        assert!(
            reserved
                .full_description
                .as_ref()
                .unwrap()
                .text
                .contains("418")
        );
        assert_eq!(
            reserved.help_uri.as_deref(),
            Some(Rule::ReservedStatus.help_url())
        );
        assert!(
            reserved
                .help
                .as_ref()
                .unwrap()
                .markdown
                .as_ref()
                .unwrap()
                .contains("[Reference](https://")
        );
        let level = |r: &serde_sarif::sarif::ReportingDescriptor| {
            serde_json::to_value(r.default_configuration.as_ref().unwrap().level.as_ref()).unwrap()
        };
        assert_eq!(level(reserved), json!("warning"));
        let invalid = rules.iter().find(|r| r.id == "invalid-status").unwrap();
        assert_eq!(level(invalid), json!("error"));

        let results = run.results.as_ref().unwrap();
        assert_eq!(results.len(), 3);
        let teapot = &results[0];
        assert_eq!(teapot.rule_id.as_deref(), Some("reserved-status"));
        assert_eq!(teapot.rule_index, Some(3));
        assert_eq!(
            serde_json::to_value(teapot.level).unwrap(),
            json!("warning")
        );
        let location = teapot.locations.as_ref().unwrap()[0]
            .physical_location
            .as_ref()
            .unwrap();
        assert_eq!(
            location.artifact_location.as_ref().unwrap().uri.as_deref(),
            Some("app.py")
        );
        let region = location.region.as_ref().unwrap();
        assert_eq!(
            (
                region.start_line,
                region.start_column,
                region.end_line,
                region.end_column
            ),
            (Some(4), Some(11), Some(4), Some(14))
        );
        assert_eq!(
            serde_json::to_value(results[2].level).unwrap(),
            json!("note")
        );
        let js = results[2].locations.as_ref().unwrap()[0]
            .physical_location
            .as_ref()
            .unwrap();
        assert_eq!(
            js.artifact_location.as_ref().unwrap().uri.as_deref(),
            Some("web/%C3%BCn%C3%AF%2C%20c%C3%B4d%C3%A9.js")
        );
        assert_eq!(run.column_kind, Some(json!("unicodeCodePoints")));
    }

    #[test]
    fn paths_become_uris() {
        assert_eq!(relative_uri(Path::new("a b/c.py")), "a%20b/c.py");
        assert_eq!(relative_uri(Path::new("../x/y.go")), "../x/y.go");
        #[cfg(unix)]
        assert_eq!(
            file_uri(Path::new("/srv/app #1/x.py")),
            "file:///srv/app%20%231/x.py"
        );
        assert_eq!(pascal_case("nonstandard-status"), "NonstandardStatus");
    }
}
