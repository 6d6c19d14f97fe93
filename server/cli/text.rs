//! Terminal text from the registry's prose: its little markdown (`**bold**`, `*italic*`,
//! `` `code` ``, `- ` items) becomes plain text, styled when colour is on, wrapped to a width.
//!
//! Code spans keep their backticks: in plain text they are the usual way to quote code, and the
//! text reads the same with colour or without.

use super::style::Style;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Marks {
    bold: bool,
    italic: bool,
}

/// A word: the characters between two spaces, possibly in several styles ("**404**:").
type Word = Vec<(String, Marks)>;

/// The words of one paragraph of inline markdown, in order.
fn words(markdown: &str) -> Vec<Word> {
    let chars: Vec<char> = markdown.chars().collect();
    let mut words: Vec<Word> = Vec::new();
    let mut word: Word = Vec::new();
    let mut marks = Marks::default();
    let mut code = false;
    let push = |word: &mut Word, c: char, marks: Marks| match word.last_mut() {
        Some((text, m)) if *m == marks => text.push(c),
        _ => word.push((c.to_string(), marks)),
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        } else if c == '`' {
            code = !code;
            push(&mut word, c, marks);
        } else if !code && c == '*' && next == Some('*') {
            marks.bold = !marks.bold;
            i += 1;
        } else if !code
            && c == '*'
            && if marks.italic {
                prev.is_some_and(|p| !p.is_whitespace())
            } else {
                next.is_some_and(|n| !n.is_whitespace())
            }
        {
            marks.italic = !marks.italic;
        } else {
            push(&mut word, c, marks);
        }
        i += 1;
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

fn width_of(word: &Word) -> usize {
    word.iter().map(|(text, _)| text.chars().count()).sum()
}

fn paint(word: &Word, style: Style) -> String {
    word.iter()
        .map(|(text, marks)| match (marks.bold, marks.italic) {
            (true, true) => style.paint("1;3", text),
            (true, false) => style.bold(text),
            (false, true) => style.paint("3", text),
            (false, false) => text.clone(),
        })
        .collect()
}

/// One paragraph of inline markdown, wrapped to `width` columns: the first line starts with
/// `first` (e.g. "  • "), the others with `rest` (e.g. "    "). A word longer than a line (a
/// URL) gets a line of its own rather than being broken.
pub fn wrap(markdown: &str, width: usize, first: &str, rest: &str, style: Style) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut used = first.chars().count();
    let mut empty = true;
    for word in words(markdown) {
        let w = width_of(&word);
        if !empty && used + 1 + w > width {
            lines.push(std::mem::replace(&mut line, rest.to_string()));
            used = rest.chars().count();
            empty = true;
        }
        if !empty {
            line.push(' ');
            used += 1;
        }
        line.push_str(&paint(&word, style));
        used += w;
        empty = false;
    }
    if !empty || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A block of registry prose: paragraphs separated by blank lines, and `- ` list items (which
/// may continue on the following lines). Every line starts with `indent`; items get a bullet.
pub fn blocks(markdown: &str, width: usize, indent: &str, style: Style) -> Vec<String> {
    enum Block {
        Paragraph(String),
        Item(String),
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    for line in markdown.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            open = false;
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            blocks.push(Block::Item(item.to_string()));
            open = true;
        } else if open {
            if let Some(Block::Paragraph(text) | Block::Item(text)) = blocks.last_mut() {
                text.push(' ');
                text.push_str(trimmed);
            }
        } else {
            blocks.push(Block::Paragraph(trimmed.to_string()));
            open = true;
        }
    }
    let bullet = format!("{indent}• ");
    let hanging = format!("{indent}  ");
    let mut lines = Vec::new();
    let mut previous_item = false;
    for block in &blocks {
        match block {
            Block::Paragraph(text) => {
                if !lines.is_empty() {
                    lines.push(String::new());
                }
                lines.extend(wrap(text, width, indent, indent, style));
                previous_item = false;
            }
            Block::Item(text) => {
                if !lines.is_empty() && !previous_item {
                    lines.push(String::new());
                }
                lines.extend(wrap(text, width, &bullet, &hanging, style));
                previous_item = true;
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::ColorChoice;

    #[test]
    fn markdown_marks_go_and_code_stays_quoted() {
        let lines = wrap(
            "**100 vs 417**: add *`*/*`* with a *lower* `q`",
            80,
            "",
            "",
            Style::PLAIN,
        );
        assert_eq!(lines, ["100 vs 417: add `*/*` with a lower `q`"]);
        let on = Style::choose(ColorChoice::Always, false);
        assert_eq!(
            wrap("**bold** and *it*", 80, "", "", on),
            ["\x1b[1mbold\x1b[0m and \x1b[3mit\x1b[0m"]
        );
    }

    #[test]
    fn text_wraps_with_hanging_indent_and_long_words_alone() {
        let lines = wrap(
            "one two three four five six",
            12,
            "  • ",
            "    ",
            Style::PLAIN,
        );
        assert_eq!(
            lines,
            ["  • one two", "    three", "    four", "    five six"]
        );
        let url = "https://example.com/a/very/long/address";
        assert_eq!(
            wrap(&format!("see {url}"), 10, "", "", Style::PLAIN),
            ["see", url]
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 12));
    }

    #[test]
    fn lists_and_paragraphs_keep_their_shape() {
        let md = "Intro line\ncontinues.\n\n- **a vs b**: first\n  goes on\n- second";
        assert_eq!(
            blocks(md, 80, "  ", Style::PLAIN),
            [
                "  Intro line continues.",
                "",
                "  • a vs b: first goes on",
                "  • second"
            ]
        );
    }
}
