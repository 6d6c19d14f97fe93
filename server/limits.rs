//! Which texts are analysed at all. Both front ends apply the same rule: the language server to
//! the documents an editor opens, the CLI to the files it reads.

use std::fmt;

/// Larger texts are not analysed: a generated bundle or a data dump is not code anyone edits.
pub const MAX_ANALYSED_BYTES: usize = 16 * 1024 * 1024;

/// Why a text is not analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Over [`MAX_ANALYSED_BYTES`]; the size in bytes.
    TooLarge(u64),
    /// Contains a NUL byte, which no source text does.
    Binary,
}

/// Whether a text of `len` bytes is too large to analyse. Lets a caller decide before reading it.
pub fn size_skip(len: u64) -> Option<Skip> {
    // `usize` always fits in `u64` on the platforms Rust supports.
    (len > MAX_ANALYSED_BYTES as u64).then_some(Skip::TooLarge(len))
}

/// Why the text with these bytes is not analysed, if it is not.
pub fn skip_reason(bytes: &[u8]) -> Option<Skip> {
    size_skip(bytes.len() as u64).or_else(|| bytes.contains(&0).then_some(Skip::Binary))
}

impl fmt::Display for Skip {
    /// A clause that completes "not analysing <name>: …".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::TooLarge(len) => write!(
                f,
                "it is over the {} MiB limit ({len} bytes)",
                MAX_ANALYSED_BYTES / (1024 * 1024)
            ),
            Skip::Binary => f.write_str("it looks binary (it contains NUL bytes)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_and_nul_bytes_skip_a_text() {
        assert_eq!(skip_reason(b"abort(418)\n"), None);
        assert_eq!(skip_reason(b"abort(418)\0"), Some(Skip::Binary));
        assert_eq!(size_skip(MAX_ANALYSED_BYTES as u64), None);
        let over = MAX_ANALYSED_BYTES as u64 + 1;
        assert_eq!(size_skip(over), Some(Skip::TooLarge(over)));
        assert_eq!(
            Skip::TooLarge(over).to_string(),
            "it is over the 16 MiB limit (16777217 bytes)"
        );
    }
}
