//! `explain CODE` and `explain --list [CLASS]`: the registry, for a terminal.
//!
//! The content is what the editor's hover shows ([`crate::describe`]); only the layout differs:
//! headings on their own lines, text wrapped to the terminal's width (80 columns when stdout is
//! not a terminal), links spelled out.

use std::io::{self, Write};

use super::args::ClassFilter;
use super::style::Style;
use super::text::{blocks, wrap};
use crate::describe::{self, Description, Part};
use crate::registry::{Class, Registry, Standing};

/// The width used when stdout is not a terminal (or its size is unknown).
pub const DEFAULT_WIDTH: usize = 80;
/// Narrower terminals are treated as this wide: wrapping into a sliver helps nobody.
const MIN_WIDTH: usize = 40;

/// The width to wrap to: the terminal's, if stdout is one.
pub fn width(stdout_is_terminal: bool) -> usize {
    let terminal = stdout_is_terminal
        .then(|| terminal_size::terminal_size_of(io::stdout()))
        .flatten()
        .map(|(terminal_size::Width(w), _)| usize::from(w));
    terminal.unwrap_or(DEFAULT_WIDTH).max(MIN_WIDTH)
}

/// Everything known about `code`.
pub fn code(code: u32, width: usize, style: Style, out: &mut dyn Write) -> io::Result<()> {
    for line in render(&describe::describe(code, Registry::get()), width, style) {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn render(d: &Description, width: usize, style: Style) -> Vec<String> {
    let mut lines = vec![style.bold(&d.title)];
    let status: Vec<&str> = d
        .status_line
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.as_str(),
            Part::Link(link) => link.text,
        })
        .collect();
    lines.extend(wrap(&status.join(" · "), width, "", "", style));

    let paragraph = |lines: &mut Vec<String>, body: Vec<String>| {
        lines.push(String::new());
        lines.extend(body);
    };
    if let Some(caution) = d.caution {
        let text = format!("**Caution:** {caution}.");
        paragraph(&mut lines, wrap(&text, width, "", "", style));
    }
    for section in &d.sections {
        match section.heading {
            None => paragraph(&mut lines, blocks(section.body, width, "", style)),
            Some(heading) => {
                let mut body = vec![style.bold(heading)];
                body.extend(blocks(section.body, width, "  ", style));
                paragraph(&mut lines, body);
            }
        }
    }
    if !d.former_reasons.is_empty() {
        let text = format!("Formerly: {}.", d.former_reasons.join(", then "));
        paragraph(&mut lines, wrap(&text, width, "", "", style));
    }
    if !d.uses.is_empty() {
        let mut body = vec![style.bold(d.uses_heading)];
        for u in &d.uses {
            let mut text = u.origin.to_string();
            match (u.reason, u.description) {
                (Some(reason), Some(description)) => {
                    text.push_str(&format!(" — {reason}: {description}"))
                }
                (Some(what), None) | (None, Some(what)) => text.push_str(&format!(" — {what}")),
                (None, None) => {}
            }
            if let Some(prefer) = u.prefer {
                text.push_str(&format!(" (standard: {} {})", prefer.code, prefer.reason));
            }
            body.extend(wrap(&text, width, "  • ", "    ", style));
        }
        paragraph(&mut lines, body);
    }
    if !d.links.is_empty() {
        let label_width = d
            .links
            .iter()
            .map(|l| l.text.chars().count())
            .max()
            .unwrap_or(0);
        let body = d
            .links
            .iter()
            .map(|l| format!("{:label_width$}  {}", l.text, l.url))
            .collect();
        paragraph(&mut lines, body);
    }
    lines
}

/// One row of the code table.
struct Row {
    code: u16,
    reason: String,
    status: &'static str,
}

/// The table of codes, registered and unofficial, optionally of one class.
pub fn list(
    filter: ClassFilter,
    width: usize,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let registry = Registry::get();
    let wanted = |code: u16| match filter {
        ClassFilter::All => true,
        ClassFilter::Class(class) => Class::of(u32::from(code)) == Some(class),
    };
    let mut rows: Vec<Row> = registry
        .registered()
        .iter()
        .filter(|r| wanted(r.code))
        .map(|r| Row {
            code: r.code,
            reason: r.reason.clone(),
            status: match r.standing {
                Standing::Standard => "standard",
                Standing::Deprecated => "deprecated",
                Standing::Unused => "reserved",
                Standing::Temporary => "temporary",
            },
        })
        .collect();
    rows.extend(
        registry
            .unofficial()
            .iter()
            .filter(|u| wanted(u.code))
            .map(|u| {
                let what = u
                    .reason
                    .as_deref()
                    .or(u.description.as_deref())
                    .unwrap_or("");
                Row {
                    code: u.code,
                    reason: format!("{what} ({})", u.short_origin()),
                    status: "non-standard",
                }
            }),
    );
    // Stable: a code's registered row first, then its unofficial uses in registry order.
    rows.sort_by_key(|r| (r.code, r.status == "non-standard"));

    let status_width = "non-standard".len();
    // CODE, two spaces, REASON, two spaces, STATUS.
    let reason_room = width.saturating_sub(4 + 2 + 2 + status_width).max(10);
    let reason_width = rows
        .iter()
        .map(|r| r.reason.chars().count())
        .max()
        .unwrap_or(0)
        .clamp("REASON".len(), reason_room);
    writeln!(
        out,
        "{}",
        style
            .bold(&format!(
                "{:<4}  {:<reason_width$}  STATUS",
                "CODE", "REASON"
            ))
            .trim_end()
    )?;
    for row in rows {
        let reason = truncate(&row.reason, reason_width);
        writeln!(
            out,
            "{:<4}  {reason:<reason_width$}  {}",
            row.code, row.status
        )?;
    }
    Ok(())
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explained(code: u32, width: usize) -> String {
        let mut out = Vec::new();
        super::code(code, width, Style::PLAIN, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_registered_code_reads_as_plain_text() {
        let text = explained(413, 80);
        assert!(
            text.starts_with(
                "413 Content Too Large\n4xx Client Error · standard · RFC9110, Section 15.5.14\n\n"
            ),
            "{text}"
        );
        assert!(text.contains("\nWhen to send it\n  "), "{text}");
        assert!(
            text.contains("Formerly: Request Entity Too Large, then Payload Too Large."),
            "{text}"
        );
        assert!(text.contains("\nSpecification  https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14\nMDN            https://"), "{text}");
        assert!(!text.contains("**") && !text.contains("###"), "{text}");
        assert!(
            text.lines()
                .all(|l| l.chars().count() <= 80 || l.contains("https://")),
            "{text}"
        );
    }

    #[test]
    fn width_is_respected() {
        let text = explained(404, 50);
        for line in text.lines() {
            let long_word = line.split_whitespace().any(|w| w.chars().count() > 40);
            assert!(line.chars().count() <= 50 || long_word, "{line:?}");
        }
    }

    #[test]
    fn the_table_lists_a_class_with_standing() {
        let mut out = Vec::new();
        list(
            ClassFilter::Class(Class::ClientError),
            80,
            Style::PLAIN,
            &mut out,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("CODE  REASON"), "{text}");
        assert!(lines[0].ends_with("STATUS"), "{text}");
        assert!(lines[1].starts_with("400   Bad Request"), "{text}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("418   (Unused)") && l.ends_with("reserved")),
            "{text}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("499   Client Closed Request (nginx)")
                    && l.ends_with("non-standard")),
            "{text}"
        );
        assert!(lines.iter().skip(1).all(|l| l.starts_with('4')), "{text}");
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{text}");
    }
}
