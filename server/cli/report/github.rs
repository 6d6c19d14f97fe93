//! `--format github`: GitHub Actions workflow commands, which the runner turns into annotations
//! on the files and the pull request:
//!
//! ```text
//! ::warning file=app.py,line=4,endLine=4,col=11,endColumn=14,title=http-status (reserved-status)::418 is …
//! ```
//!
//! Errors become `::error`, warnings `::warning`, information and hints `::notice`. Columns count
//! characters; `endColumn` is the column just past the literal. Property values escape `%`, CR,
//! LF, `:` and `,`; the message escapes `%`, CR and LF, as the runner decodes them.

use std::io::{self, Write};

use super::display_path;
use crate::cli::check::Report;
use crate::rules::Severity;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for (file, located) in report.findings() {
        let finding = &located.finding;
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information | Severity::Hint => "notice",
        };
        writeln!(
            out,
            "::{command} file={},line={},endLine={},col={},endColumn={},title={}::{}",
            property(&display_path(&file.path)),
            located.start.line,
            located.end.line,
            located.start.column,
            located.end.column,
            property(&format!("http-status ({})", finding.rule.code())),
            data(&finding.message),
        )?;
    }
    Ok(())
}

/// The escaping of a command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// The escaping of a property value: the message's, plus the separators `:` and `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::Format;
    use crate::cli::report::tests::{render, sample};

    #[test]
    fn findings_become_annotations() {
        let out = render(Format::Github, &sample());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert!(
            lines[0].starts_with(
                "::warning file=app.py,line=4,endLine=4,col=11,endColumn=14,title=http-status (reserved-status)::418 is reserved"
            ),
            "{out}"
        );
        assert!(lines[1].starts_with("::error file=app.py,line=5,"), "{out}");
        // The comma in the file name is escaped; the message keeps its own commas and colons.
        assert!(
            lines[2].starts_with(
                "::notice file=web/ünï%2C côdé.js,line=1,endLine=1,col=31,endColumn=34,"
            ),
            "{out}"
        );
        assert!(
            lines[0].contains("::418 is reserved and must not be sent: "),
            "{out}"
        );
    }

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(
            data("100% done\r\nnext: a, b"),
            "100%25 done%0D%0Anext: a, b"
        );
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
