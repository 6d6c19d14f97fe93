//! The default report, for people:
//!
//! ```text
//! app.py:4:11: warning[reserved-status] 418 is reserved and must not be sent: …
//!   4 |     abort(418)
//!     |           ^^^
//! ```
//!
//! Columns count characters. Very long lines (minified code) are cut to a window around the
//! literal.

use std::io::{self, Write};

use super::display_path;
use crate::cli::check::{Located, Report};
use crate::cli::style::{Style, printable};

/// Source lines longer than this many characters are shown as a window around the literal.
const MAX_SHOWN: usize = 120;
/// Characters of context kept on each side of the literal in such a window.
const CONTEXT: usize = 40;

pub fn write(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
    for (file, located) in report.findings() {
        if !first {
            writeln!(out)?;
        }
        first = false;
        let finding = &located.finding;
        writeln!(
            out,
            "{}: {} {}",
            style.bold(&format!(
                "{}:{}:{}",
                printable(&display_path(&file.path)),
                located.start.line,
                located.start.column
            )),
            style.severity(
                finding.severity,
                &format!("{}[{}]", finding.severity.as_str(), finding.rule.code())
            ),
            finding.message
        )?;
        snippet(located, style, out)?;
    }
    Ok(())
}

/// The source line and a caret under the literal.
fn snippet(located: &Located, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let line: Vec<char> = printable(&located.line_text).chars().collect();
    let start = (located.start.column - 1).min(line.len());
    let width = if located.end.line == located.start.line {
        located.end.column.saturating_sub(located.start.column)
    } else {
        line.len() - start
    };
    let end = (start + width).min(line.len());

    // The window shown: the whole line, or the literal with some context.
    let (from, to) = if line.len() <= MAX_SHOWN {
        (0, line.len())
    } else {
        let from = start.saturating_sub(CONTEXT);
        (from, (end + CONTEXT).max(from + MAX_SHOWN).min(line.len()))
    };
    let mut shown: String = line[from..to].iter().collect();
    let mut pad: String = line[from..start]
        .iter()
        .map(|&c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    if from > 0 {
        shown.insert(0, '…');
        pad.insert(0, ' ');
    }
    if to < line.len() {
        shown.push('…');
    }

    let number = located.start.line.to_string();
    let gutter = " ".repeat(number.len());
    writeln!(
        out,
        "  {} {}",
        style.gutter(&format!("{number} |")),
        shown.trim_end()
    )?;
    writeln!(
        out,
        "  {} {pad}{}",
        style.gutter(&format!("{gutter} |")),
        style.severity(located.finding.severity, &"^".repeat(width.max(1)))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::Format;
    use crate::cli::check;
    use crate::cli::report::tests::{render, sample};
    use crate::rules::{Finding, Rule, Severity};

    #[test]
    fn each_finding_shows_its_place_rule_and_line() {
        let out = render(Format::Human, &sample());
        let expected_start = "\
app.py:4:11: warning[reserved-status] 418 is reserved and must not be sent: ";
        assert!(out.starts_with(expected_start), "{out}");
        assert!(
            out.contains("\n  4 |     abort(418)\n    |           ^^^\n\n"),
            "{out}"
        );
        assert!(
            out.contains("app.py:5:11: error[invalid-status] 600 is not an HTTP status code"),
            "{out}"
        );
        // Characters, not bytes: "é" is one column.
        assert!(
            out.contains("web/ünï, côdé.js:1:31: information[nonstandard-status]"),
            "{out}"
        );
        assert!(out.contains("\n  1 | const s = \"héllo\"; res.status(499)\n    |                               ^^^\n"), "{out}");
        assert!(!out.contains("ok.go"), "{out}");
    }

    #[test]
    fn colour_marks_severity_and_nothing_leaks_without_it() {
        let mut out = Vec::new();
        write(
            &sample(),
            Style::choose(crate::cli::args::ColorChoice::Always, false),
            &mut out,
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.contains("\x1b[1;31merror[invalid-status]\x1b[0m"),
            "{out}"
        );
        assert!(!render(Format::Human, &sample()).contains('\x1b'));
    }

    #[test]
    fn long_lines_are_windowed_and_tabs_kept_under_the_caret() {
        let text = format!("\tx = {}abort(418)\n", "a".repeat(300));
        let start = text.find("418").unwrap();
        let finding = Finding {
            span: start..start + 3,
            code: 418,
            rule: Rule::ReservedStatus,
            severity: Severity::Warning,
            message: "m".into(),
            spec_url: None,
            replacement: None,
        };
        let located = check::locate(&text, vec![finding]);
        let mut out = Vec::new();
        snippet(&located[0], Style::PLAIN, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("  1 | …"), "{out}");
        assert!(lines[0].ends_with("abort(418)"), "{out}");
        let caret = lines[1].find('^').unwrap();
        assert_eq!(&lines[0][caret + 2..caret + 5], "418", "{out}"); // '…' is 3 bytes, 1 column

        let text = "\t\tabort(418)";
        let finding = Finding {
            span: 8..11,
            ..located[0].finding.clone()
        };
        let located = check::locate(text, vec![finding]);
        let mut out = Vec::new();
        snippet(&located[0], Style::PLAIN, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "  1 | \t\tabort(418)\n    | \t\t      ^^^\n"
        );
    }
}
