//! Which numbers in a text are HTTP status codes.
//!
//! The detector is line-based so that a document can re-analyse only the lines an edit touched:
//! [`scan_line`] takes the [`LineState`] at the start of a line (inside a block comment, a
//! multi-line string, a YAML `responses:` block, …) and returns the state at its end. A document
//! caches the state at every line start and stops re-scanning once the state after an edit
//! matches the cached one again. [`detect`] runs the same scanner over a whole text.
//!
//! Spans are byte offsets. Nothing here panics on any input text.

use std::ops::Range;

mod code;
mod directives;
mod idioms;
mod language;
mod lexer;
mod names;
mod yaml;

pub use language::Language;

/// One HTTP status code found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StatusLiteral {
    /// Byte range of the literal: the digits of `404`, the whole of `'404'` or `http.StatusNotFound`.
    pub span: Range<usize>,
    /// The status code it denotes (saturated to `u32::MAX` for absurdly long digit strings).
    pub code: u32,
    pub form: Form,
}

/// How a status code is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// A bare number: `404`.
    Number,
    /// A number inside quotes, in a place where a status goes: OpenAPI's `'404':`.
    Quoted,
    /// A named constant: `http.StatusNotFound`, `HttpStatus.NOT_FOUND`, `:not_found`.
    Constant,
}

/// The scanner's state at a line boundary. Opaque; compared to decide where re-scanning may stop.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct LineState {
    mode: lexer::Mode,
    code: code::CodeState,
    yaml: yaml::YamlState,
}

/// Lines longer than this are not analysed (minified bundles, data blobs): nobody reads a status
/// code there, and skipping them keeps the scan linear in practice.
const MAX_LINE_BYTES: usize = 64 * 1024;

/// Scans one line (without its line terminator) that starts in `state`.
/// Pushes the literals found, with spans relative to the line start, and returns the end state.
pub fn scan_line(
    language: Language,
    line: &str,
    state: &LineState,
    found: &mut Vec<StatusLiteral>,
) -> LineState {
    // A bug in an analyser must cost one line's findings, not the user's session: the line is
    // reported as having none and the state carries over unchanged.
    let before = found.len();
    let scanned = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        scan_line_unguarded(language, line, state, found)
    }));
    scanned.unwrap_or_else(|_| {
        CAUGHT_PANICS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        found.truncate(before);
        state.clone()
    })
}

/// How many lines' analysis has panicked (and been contained) in this process: tests assert it
/// stays zero, since the guard would otherwise hide the bug.
pub static CAUGHT_PANICS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn scan_line_unguarded(
    language: Language,
    line: &str,
    state: &LineState,
    found: &mut Vec<StatusLiteral>,
) -> LineState {
    let mut next = state.clone();
    match language {
        Language::Yaml => {
            next.yaml = yaml::scan_line(line, &state.yaml, found);
        }
        Language::Nginx | Language::Apache | Language::Caddy => {
            directives::scan_line(language, line, found);
        }
        _ => {
            if language == Language::Http
                && state.mode == lexer::Mode::Code
                && directives::http_status_line(line, found)
            {
                return next;
            }
            let spec = idioms::spec_of(language);
            if line.len() > MAX_LINE_BYTES {
                // Still lex it, so that a string or comment it opens is not missed.
                let mut tokens = Vec::new();
                next.mode = lexer::tokenize(spec.syntax, line, state.mode, &mut tokens);
                return next;
            }
            (next.mode, next.code) = scan_code(language, line, state.mode, next.code, found);
        }
    }
    next
}

/// What a program's analysis carries across lines: the lexer's mode and the code analyser's
/// contexts. YAML keeps one for the shell script of a CI step.
pub(crate) type CodeLineState = (lexer::Mode, code::CodeState);

/// Lexes and analyses one line of program code.
fn scan_code(
    language: Language,
    line: &str,
    mode: lexer::Mode,
    mut code: code::CodeState,
    found: &mut Vec<StatusLiteral>,
) -> CodeLineState {
    let spec = idioms::spec_of(language);
    TOKENS.with(|cell| {
        let mut tokens = cell.take();
        tokens.clear();
        let mode = lexer::tokenize(spec.syntax, line, mode, &mut tokens);
        code::analyse(language, &spec, line, &tokens, &mut code, found);
        cell.replace(tokens);
        (mode, code)
    })
}

/// Scans one line of shell embedded in another format (a CI step's script), in `state`.
pub(crate) fn scan_shell_line(
    line: &str,
    state: CodeLineState,
    found: &mut Vec<StatusLiteral>,
) -> CodeLineState {
    if line.len() > MAX_LINE_BYTES {
        return state;
    }
    scan_code(Language::Shell, line, state.0, state.1, found)
}

thread_local! {
    /// The token buffer, reused from line to line.
    static TOKENS: std::cell::RefCell<Vec<lexer::Token>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether a status code is expected at the end of `line_prefix` (the text of the line before the
/// cursor, which starts in `state`): `res.status(`, `abort(`, `status_code=`, `WriteHeader(`…
/// Completion offers codes only where this holds. It asks the detector itself: would a code
/// typed here be a status literal?
pub fn expects_status(language: Language, line_prefix: &str, state: &LineState) -> bool {
    let base = line_prefix.trim_end_matches(|c: char| c.is_ascii_digit());
    if base.len() > MAX_LINE_BYTES {
        return false;
    }
    let probe = format!("{base}200");
    let mut found = Vec::new();
    scan_line(language, &probe, state, &mut found);
    found
        .iter()
        .any(|lit| lit.span.start == base.len() && lit.span.end == probe.len())
}

/// Every status literal in `text`, with spans relative to its start.
pub fn detect(text: &str, language: Language) -> Vec<StatusLiteral> {
    let mut found = Vec::new();
    let mut state = LineState::default();
    let mut in_line = Vec::new();
    for (start, line) in lines(text) {
        state = scan_line(language, line, &state, &mut in_line);
        found.extend(in_line.drain(..).map(|mut lit| {
            lit.span = lit.span.start + start..lit.span.end + start;
            lit
        }));
    }
    found
}

/// The lines of `text` as LSP counts them (split at `\n`, `\r\n` and `\r`): each line's byte
/// offset and its text without the terminator. An empty text, or one ending in a terminator,
/// has a last empty line, as LSP and ropey count.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = &bytes[start..];
        match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) => {
                let line_start = start;
                let terminator = if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start += i + terminator;
                Some((line_start, &text[line_start..line_start + i]))
            }
            None => {
                done = true;
                Some((start, &text[start..]))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_like_lsp() {
        let got: Vec<_> = lines("a\r\nb\rc\n").collect();
        assert_eq!(got, vec![(0, "a"), (3, "b"), (5, "c"), (7, "")]);
        assert_eq!(lines("").collect::<Vec<_>>(), vec![(0, "")]);
    }
}

#[cfg(test)]
mod spec;
