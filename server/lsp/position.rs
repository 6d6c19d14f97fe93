//! The one place where LSP positions meet byte offsets.
//!
//! LSP counts a position's `character` in the negotiated encoding's code units (UTF-16 unless
//! the client offered UTF-8 or UTF-32); the core speaks byte offsets. Positions past the end of
//! a line clamp to the line's end and lines past the end of the text clamp to the text's end,
//! as the specification asks; a position inside a character moves to that character's start.

use ropey::Rope;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl Encoding {
    /// Picks from what the client offers: UTF-8 (cheapest for us), then UTF-32, else UTF-16,
    /// which every client must support.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let offered = offered.unwrap_or_default();
        if offered.contains(&PositionEncodingKind::UTF8) {
            Encoding::Utf8
        } else if offered.contains(&PositionEncodingKind::UTF32) {
            Encoding::Utf32
        } else {
            Encoding::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }
}

/// The byte offset of `position`, clamped into the text.
pub fn to_offset(text: &Rope, position: Position, encoding: Encoding) -> usize {
    let line_index = position.line as usize;
    if line_index >= text.len_lines() {
        return text.len_bytes();
    }
    let line_start = text.line_to_byte(line_index);
    let wanted = position.character as usize;
    let mut units = 0;
    let mut bytes = 0;
    for c in text.line(line_index).chars() {
        if c == '\n' || c == '\r' {
            break;
        }
        let next = units + encoding.units(c);
        if next > wanted {
            break;
        }
        units = next;
        bytes += c.len_utf8();
    }
    line_start + bytes
}

/// The LSP position of a byte offset (clamped into the text; moved back to a character start).
pub fn to_position(text: &Rope, offset: usize, encoding: Encoding) -> Position {
    let offset = offset.min(text.len_bytes());
    let char_index = text.byte_to_char(offset);
    let line_index = text.char_to_line(char_index);
    let line_char = text.line_to_char(line_index);
    let character = match encoding {
        Encoding::Utf8 => text.char_to_byte(char_index) - text.line_to_byte(line_index),
        Encoding::Utf16 => text.char_to_utf16_cu(char_index) - text.char_to_utf16_cu(line_char),
        Encoding::Utf32 => char_index - line_char,
    };
    Position::new(saturate(line_index), saturate(character))
}

pub fn to_range(text: &Rope, span: std::ops::Range<usize>, encoding: Encoding) -> Range {
    Range::new(
        to_position(text, span.start, encoding),
        to_position(text, span.end, encoding),
    )
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a😀b\r\n漢字 404\rlast";

    fn round_trip(encoding: Encoding, line: u32, character: u32, offset: usize) {
        let rope = Rope::from_str(TEXT);
        let position = Position::new(line, character);
        assert_eq!(
            to_offset(&rope, position, encoding),
            offset,
            "{encoding:?} {position:?}"
        );
        assert_eq!(
            to_position(&rope, offset, encoding),
            position,
            "{encoding:?} {offset}"
        );
    }

    #[test]
    fn emoji_counts_two_utf16_units_four_bytes_one_scalar() {
        // "b" follows the emoji on line 0: byte 5.
        round_trip(Encoding::Utf16, 0, 3, 5);
        round_trip(Encoding::Utf8, 0, 5, 5);
        round_trip(Encoding::Utf32, 0, 2, 5);
    }

    #[test]
    fn cjk_and_crlf() {
        // Line 1 starts after "a😀b\r\n" (8 bytes); "404" starts after "漢字 " (7 bytes).
        round_trip(Encoding::Utf16, 1, 3, 15);
        round_trip(Encoding::Utf8, 1, 7, 15);
        round_trip(Encoding::Utf32, 1, 3, 15);
        // A lone CR ends line 1 too.
        round_trip(Encoding::Utf16, 2, 0, 19);
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let rope = Rope::from_str(TEXT);
        // Past the end of line 0: its end, before the CRLF.
        assert_eq!(to_offset(&rope, Position::new(0, 99), Encoding::Utf16), 6);
        // Past the last line: the end of the text.
        assert_eq!(
            to_offset(&rope, Position::new(9, 0), Encoding::Utf16),
            TEXT.len()
        );
        // Inside the emoji's surrogate pair: its start.
        assert_eq!(to_offset(&rope, Position::new(0, 2), Encoding::Utf16), 1);
        assert_eq!(
            to_position(&rope, 10_000, Encoding::Utf16),
            Position::new(2, 4)
        );
    }

    #[test]
    fn negotiation_prefers_utf8_then_utf32_then_utf16() {
        use PositionEncodingKind as K;
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(Some(&[K::UTF16])), Encoding::Utf16);
        assert_eq!(
            Encoding::negotiate(Some(&[K::UTF16, K::UTF32])),
            Encoding::Utf32
        );
        assert_eq!(
            Encoding::negotiate(Some(&[K::UTF32, K::UTF8])),
            Encoding::Utf8
        );
    }
}
