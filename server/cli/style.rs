//! Terminal colour: whether to use it, and ANSI escapes when we do.

use super::args::ColorChoice;
use crate::rules::Severity;

/// Paints text when colour is on; passes it through untouched otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    enabled: bool,
}

impl Style {
    #[cfg(test)]
    pub const PLAIN: Style = Style { enabled: false };

    /// `auto` colours only a terminal, and not when `NO_COLOR` is set to anything non-empty
    /// (<https://no-color.org>) or `TERM` is `dumb`. `always` and `never` override both.
    pub fn choose(choice: ColorChoice, is_terminal: bool) -> Style {
        let enabled = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        };
        Style { enabled }
    }

    /// `text` between the SGR sequence `sgr` (e.g. "1;31") and a reset.
    pub fn paint(self, sgr: &str, text: &str) -> String {
        if self.enabled && !text.is_empty() {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn gutter(self, text: &str) -> String {
        self.paint("1;34", text)
    }

    pub fn severity(self, severity: Severity, text: &str) -> String {
        self.paint(severity_sgr(severity), text)
    }
}

fn severity_sgr(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Information => "1;34",
        Severity::Hint => "1;36",
    }
}

/// `text` with control characters other than tab replaced, so that a file's contents or name
/// cannot move the cursor or recolour the terminal. One character in, one out: columns hold.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_style_leaves_text_alone() {
        assert_eq!(Style::PLAIN.bold("x"), "x");
        let on = Style::choose(ColorChoice::Always, false);
        assert_eq!(on.bold("x"), "\x1b[1mx\x1b[0m");
        assert_eq!(Style::choose(ColorChoice::Never, true).bold("x"), "x");
        assert_eq!(Style::choose(ColorChoice::Auto, false).bold("x"), "x");
    }

    #[test]
    fn control_characters_are_neutralised() {
        assert_eq!(printable("a\x1b[2Jb\tc"), "a\u{FFFD}[2Jb\tc");
    }
}
