//! Writing a [`Report`] in each `--format`, and the summary line.

mod github;
mod human;
mod json;
mod sarif;

use std::io::{self, Write};
use std::path::Path;
use std::time::Duration;

use super::args::Format;
use super::check::Report;
use super::style::Style;

/// Writes the report on `out` in `format`. Only `human` uses `style`.
pub fn write(format: Format, report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => human::write(report, style, out),
        Format::Json => json::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Github => github::write(report, out),
    }
}

/// The one-line summary for stderr, e.g.
/// "Checked 12 files in 0.03s: 1 error, 2 warnings, 0 information, 0 hints; skipped 1 file."
pub fn summary(report: &Report, elapsed: Duration) -> String {
    let counts = report.counts();
    let mut line = format!(
        "Checked {} in {:.2}s: {}, {}, {} information, {}",
        plural(report.files.len(), "file", "files"),
        elapsed.as_secs_f64(),
        plural(counts.error, "error", "errors"),
        plural(counts.warning, "warning", "warnings"),
        counts.information,
        plural(counts.hint, "hint", "hints"),
    );
    if !report.skipped.is_empty() {
        line.push_str(&format!(
            "; skipped {}",
            plural(report.skipped.len(), "file", "files")
        ));
    }
    if !report.missing.is_empty() {
        line.push_str(&format!(
            "; {} not found",
            plural(report.missing.len(), "path", "paths")
        ));
    }
    line.push('.');
    line
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A path for text output: as given, lossily decoded.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::cli::check::{self, FileResult, Missing, SkipReason, Skipped};
    use crate::config::Config;
    use crate::detect::{Form, Language, StatusLiteral};
    use crate::registry::Registry;
    use crate::rules;
    use std::path::PathBuf;

    /// A report built without the detector: literals are placed by hand.
    pub fn sample() -> Report {
        let file = |path: &str, language, text: &str, codes: &[(&str, u32)]| {
            let findings = codes
                .iter()
                .filter_map(|&(needle, code)| {
                    let start = text.find(needle)?;
                    let literal = StatusLiteral {
                        span: start..start + needle.len(),
                        code,
                        form: Form::Number,
                    };
                    rules::check(&literal, Registry::get(), &Config::default())
                })
                .collect();
            FileResult {
                path: PathBuf::from(path),
                language,
                findings: check::locate(text, findings),
            }
        };
        Report {
            files: vec![
                file(
                    "app.py",
                    Language::Python,
                    "from flask import abort\n\ndef teapot():\n    abort(418)\n    abort(600)\n",
                    &[("418", 418), ("600", 600)],
                ),
                file(
                    "web/ünï, côdé.js",
                    Language::JavaScript,
                    "const s = \"héllo\"; res.status(499)\r\n",
                    &[("499", 499)],
                ),
                file("ok.go", Language::Go, "w.WriteHeader(500)\n", &[]),
            ],
            skipped: vec![Skipped {
                path: PathBuf::from("blob.py"),
                reason: SkipReason::Binary,
            }],
            missing: vec![Missing {
                path: PathBuf::from("nope"),
                message: "No such file or directory".into(),
            }],
            ..Report::default()
        }
    }

    pub fn render(format: Format, report: &Report) -> String {
        let mut out = Vec::new();
        write(format, report, Style::PLAIN, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_summary_counts_everything() {
        let line = summary(&sample(), Duration::from_millis(1234));
        assert_eq!(
            line,
            "Checked 3 files in 1.23s: 1 error, 1 warning, 1 information, 0 hints; skipped 1 file; 1 path not found."
        );
    }

    #[test]
    fn columns_count_characters_and_offsets_bytes() {
        let report = sample();
        let js = &report.files[1].findings[0];
        assert_eq!((js.start.line, js.start.column), (1, 31));
        assert_eq!(js.start.offset, "const s = \"héllo\"; res.status(".len());
        assert_eq!((js.end.line, js.end.column), (1, 34));
        assert_eq!(js.literal, "499");
        assert_eq!(js.line_text, "const s = \"héllo\"; res.status(499)");
    }
}
