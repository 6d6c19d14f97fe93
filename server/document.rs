//! A document's text and its status literals, kept current edit by edit.
//!
//! The text is a rope; the analysis is one entry per line: the scanner state at the line's start
//! and the literals on it (spans relative to the line start, so an edit above a line never has
//! to touch it). An edit re-scans from the line before the first touched line and stops at the
//! first line after the edit whose start state comes out as it was: the work an edit costs scales
//! with the edit, not with the file. Positions here are byte offsets; converting LSP positions
//! is the LSP layer's job.

use std::borrow::Cow;
use std::ops::Range;

use ropey::{Rope, RopeSlice};

use crate::detect::{self, Language, LineState, StatusLiteral};

#[derive(Debug, Clone, Default)]
struct LineAnalysis {
    start: LineState,
    literals: Vec<StatusLiteral>,
}

#[derive(Debug, Clone)]
pub struct Document {
    text: Rope,
    language: Option<Language>,
    /// One entry per rope line; empty when the language is not analysed. Boxed so that an edit
    /// that adds or removes lines moves 8 bytes per later line, not the whole scanner state:
    /// a newline typed in the middle of a 100,000-line file shifts 50,000 entries.
    #[allow(clippy::vec_box)]
    lines: Vec<Box<LineAnalysis>>,
}

/// An edit whose range does not fit the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadEdit(pub String);

impl Document {
    /// A document in `language`; `None` keeps the text but finds nothing in it.
    pub fn new(text: &str, language: Option<Language>) -> Document {
        let mut document = Document {
            text: Rope::from_str(text),
            language,
            lines: Vec::new(),
        };
        document.analyse_all();
        document
    }

    pub fn text(&self) -> &Rope {
        &self.text
    }

    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// Replaces the whole text.
    pub fn replace_all(&mut self, text: &str) {
        self.text = Rope::from_str(text);
        self.analyse_all();
    }

    /// Replaces the bytes in `range` with `new_text`. The range must lie on character boundaries
    /// within the text; otherwise nothing changes.
    pub fn edit(&mut self, range: Range<usize>, new_text: &str) -> Result<(), BadEdit> {
        let len = self.text.len_bytes();
        if range.start > range.end || range.end > len {
            return Err(BadEdit(format!(
                "edit range {}..{} is outside the document (length {len})",
                range.start, range.end
            )));
        }
        let (Some(start_char), Some(end_char)) = (
            char_at_boundary(&self.text, range.start),
            char_at_boundary(&self.text, range.end),
        ) else {
            return Err(BadEdit(format!(
                "edit range {}..{} splits a character",
                range.start, range.end
            )));
        };

        let old_lines = self.text.len_lines();
        // The line before the edit is re-scanned too: a `\r` that ends it may pair with an
        // inserted `\n`. The line after the edit's end is included: the end may sit just
        // before a `\n` whose `\r` was removed.
        let first = self.text.byte_to_line(range.start).saturating_sub(1);
        let old_last = (self.text.byte_to_line(range.end) + 1).min(old_lines - 1);
        let unchanged_after = old_lines - 1 - old_last;

        self.text.remove(start_char..end_char);
        self.text.insert(start_char, new_text);

        if self.language.is_none() {
            return Ok(());
        }
        let new_last = self.text.len_lines() - 1 - unchanged_after;
        self.lines.splice(
            first..=old_last,
            std::iter::repeat_with(Box::<LineAnalysis>::default).take(new_last - first + 1),
        );
        self.rescan_from(first, new_last);
        Ok(())
    }

    /// Whether the text contains a word, for the few checks that need to know what a file
    /// imports (`renamed-constant`). The text is joined into one string on the first question
    /// the returned test is asked, and only then.
    pub fn mentions(&self) -> impl Fn(&str) -> bool + '_ {
        let whole = std::cell::OnceCell::new();
        move |word| whole.get_or_init(|| self.text.to_string()).contains(word)
    }

    /// Every status literal, in order, with absolute byte spans.
    pub fn literals(&self) -> impl Iterator<Item = StatusLiteral> + '_ {
        self.literals_where(|_| true)
    }

    /// The status literals whose code passes `keep`, in order, with absolute byte spans. Cheaper
    /// than filtering [`Document::literals`]: a line's offset is computed only for the kept.
    pub fn literals_where(
        &self,
        keep: impl Fn(u32) -> bool + Copy + 'static,
    ) -> impl Iterator<Item = StatusLiteral> + '_ {
        self.lines
            .iter()
            .enumerate()
            .filter(move |(_, line)| line.literals.iter().any(|lit| keep(lit.code)))
            .flat_map(move |(index, line)| {
                let start = self.text.line_to_byte(index);
                line.literals
                    .iter()
                    .filter(move |lit| keep(lit.code))
                    .map(move |lit| shifted(lit, start))
            })
    }

    /// The status literals on the lines that `span` touches, in order, with absolute byte spans.
    pub fn literals_in(&self, span: Range<usize>) -> impl Iterator<Item = StatusLiteral> + '_ {
        let len = self.text.len_bytes();
        let first = self.text.byte_to_line(span.start.min(len));
        let last = self.text.byte_to_line(span.end.min(len));
        let lines = self.lines.get(first..=last).unwrap_or_default();
        lines
            .iter()
            .zip(first..)
            .filter(|(line, _)| !line.literals.is_empty())
            .flat_map(move |(line, index)| {
                let start = self.text.line_to_byte(index);
                line.literals.iter().map(move |lit| shifted(lit, start))
            })
    }

    /// The status literal covering `offset` (touching either end counts).
    pub fn literal_at(&self, offset: usize) -> Option<StatusLiteral> {
        let offset = offset.min(self.text.len_bytes());
        let index = self.text.byte_to_line(offset);
        let line = self.lines.get(index)?;
        let start = self.text.line_to_byte(index);
        line.literals
            .iter()
            .find(|lit| lit.span.start + start <= offset && offset <= lit.span.end + start)
            .map(|lit| shifted(lit, start))
    }

    /// Whether a status code is expected at `offset` (where completion should offer codes).
    pub fn expects_status_at(&self, offset: usize) -> bool {
        let Some(language) = self.language else {
            return false;
        };
        let offset = offset.min(self.text.len_bytes());
        let index = self.text.byte_to_line(offset);
        let Some(line) = self.lines.get(index) else {
            return false;
        };
        let line_start = self.text.line_to_byte(index);
        let prefix = self.text.byte_slice(line_start..offset);
        detect::expects_status(language, &slice_str(prefix), &line.start)
    }

    fn analyse_all(&mut self) {
        self.lines.clear();
        if self.language.is_none() {
            return;
        }
        let count = self.text.len_lines();
        self.lines.resize_with(count, Box::<LineAnalysis>::default);
        self.rescan_from(0, count - 1);
    }

    /// Re-scans lines `first..=last`, then on until a line's start state comes out unchanged.
    fn rescan_from(&mut self, first: usize, last: usize) {
        let Some(language) = self.language else {
            return;
        };
        let mut state = self.lines[first].start.clone();
        let mut index = first;
        while index < self.lines.len() {
            if index > last && self.lines[index].start == state {
                break;
            }
            self.lines[index].start = state;
            let mut literals = std::mem::take(&mut self.lines[index].literals);
            literals.clear();
            let line = line_text(&self.text, index);
            state = detect::scan_line(language, &line, &self.lines[index].start, &mut literals);
            self.lines[index].literals = literals;
            index += 1;
        }
    }
}

fn shifted(lit: &StatusLiteral, by: usize) -> StatusLiteral {
    StatusLiteral {
        span: lit.span.start + by..lit.span.end + by,
        ..lit.clone()
    }
}

/// The char index of a byte offset, if the offset is on a character boundary.
fn char_at_boundary(text: &Rope, byte: usize) -> Option<usize> {
    let char = text.byte_to_char(byte);
    (text.char_to_byte(char) == byte).then_some(char)
}

/// Line `index` without its terminator.
fn line_text(text: &Rope, index: usize) -> Cow<'_, str> {
    let line = text.line(index);
    let mut end = line.len_bytes();
    while end > 0 && matches!(line.byte(end - 1), b'\n' | b'\r') {
        end -= 1;
    }
    slice_str(line.byte_slice(..end))
}

fn slice_str(slice: RopeSlice<'_>) -> Cow<'_, str> {
    match slice.as_str() {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(slice.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_the_text() {
        let mut doc = Document::new("a\r\nb\rc\n", Some(Language::Python));
        doc.edit(1..3, "\n").unwrap();
        assert_eq!(doc.text().to_string(), "a\nb\rc\n");
        doc.edit(0..0, "😀").unwrap();
        assert!(doc.edit(1..2, "x").is_err(), "splits the emoji");
        assert!(doc.edit(3..100, "x").is_err());
        assert_eq!(doc.text().to_string(), "😀a\nb\rc\n");
        assert_eq!(doc.lines.len(), doc.text().len_lines());
    }
}
