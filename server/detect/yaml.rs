//! YAML: OpenAPI `responses:` keys, and status-named keys of gateway and ingress configuration
//! (`httpStatus: 503`, `redirectCode: 301`, `custom-http-errors: "404,503"`).
//!
//! YAML is read line by line, as the rest of the detector is: a key path is not needed, only
//! whether the line sits directly under a `responses:` key, and whether it is inside a block
//! scalar (`description: |`), whose text is prose.

use super::names;
use super::{Form, StatusLiteral};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct YamlState {
    /// Under a `responses:` key: its indentation, and that of its children once seen.
    responses: Option<(u16, Option<u16>)>,
    /// Inside a block scalar opened by a key at this indentation.
    block_scalar: Option<u16>,
}

/// One `key: value` line, with byte offsets.
struct Entry<'a> {
    indent: usize,
    key: &'a str,
    /// The key's span, quotes included.
    key_span: (usize, usize),
    quoted_key: bool,
    value: &'a str,
    value_start: usize,
}

pub fn scan_line(line: &str, state: &YamlState, found: &mut Vec<StatusLiteral>) -> YamlState {
    let mut state = *state;
    let text = strip_comment(line);
    let indent = text.len() - text.trim_start().len();
    if text.trim().is_empty() {
        return state;
    }
    if let Some(block) = state.block_scalar {
        if indent > block as usize {
            return state;
        }
        state.block_scalar = None;
    }
    let Some(entry) = entry(text) else {
        if let Some((r, _)) = state.responses
            && indent <= r as usize
        {
            state.responses = None;
        }
        return state;
    };
    if let Some((r, child)) = state.responses {
        if entry.indent <= r as usize {
            state.responses = None;
        } else {
            let child = child.unwrap_or(entry.indent.min(u16::MAX as usize) as u16);
            state.responses = Some((r, Some(child)));
            if entry.indent == child as usize
                && entry.key.len() == 3
                && let Ok(code) = entry.key.parse()
            {
                found.push(StatusLiteral {
                    span: entry.key_span.0..entry.key_span.1,
                    code,
                    form: if entry.quoted_key {
                        Form::Quoted
                    } else {
                        Form::Number
                    },
                });
            }
        }
    }
    let value = entry.value.trim_end();
    if value.starts_with('|') || value.starts_with('>') {
        state.block_scalar = Some(entry.indent.min(u16::MAX as usize) as u16);
    }
    if entry.key == "responses" && value.is_empty() {
        state.responses = Some((entry.indent.min(u16::MAX as usize) as u16, None));
    }
    if names::is_status_name(entry.key) {
        if let Some((code, span, form)) = scalar_code(value, entry.value_start) {
            found.push(StatusLiteral { span, code, form });
        } else if value.contains(',') {
            // ALB's `HttpCode: "200,204"`.
            list_codes(value, entry.value_start, found);
        } else if let Some(code) = names::code_of_prefixed_constant(value) {
            // `StatusCode: HTTP_301`.
            found.push(StatusLiteral {
                span: entry.value_start..entry.value_start + value.len(),
                code,
                form: Form::Constant,
            });
        }
    } else if names::is_status_list_name(entry.key) {
        list_codes(value, entry.value_start, found);
    }
    state
}

/// The line without a trailing comment (`#` at the start or after a space, outside quotes).
fn strip_comment(line: &str) -> &str {
    let mut quote = None;
    let mut prev_space = true;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '\'' | '"') if prev_space || i == 0 => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if prev_space => return &line[..i],
            _ => {}
        }
        prev_space = c.is_whitespace();
    }
    line
}

fn entry(text: &str) -> Option<Entry<'_>> {
    let mut start = text.len() - text.trim_start().len();
    // List items: `- name: x` holds a key at the dash's indentation plus two.
    while text[start..].starts_with("- ") {
        start += 2;
        start += text[start..].len() - text[start..].trim_start().len();
    }
    let rest = &text[start..];
    let (key, key_len, quoted) = match rest.chars().next()? {
        q @ ('\'' | '"') => {
            let close = rest[1..].find(q)? + 1;
            (&rest[1..close], close + 1, true)
        }
        _ => {
            let colon = rest
                .find(": ")
                .or_else(|| rest.strip_suffix(':').map(str::len))?;
            (rest[..colon].trim_end(), colon, false)
        }
    };
    let after = &rest[key_len..];
    let after = after.strip_prefix(':')?;
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let value_start = start + key_len + 1 + (after.len() - after.trim_start().len());
    Some(Entry {
        indent: start,
        key,
        key_span: (start, start + key_len),
        quoted_key: quoted,
        value: after.trim_start(),
        value_start,
    })
}

/// A three-digit scalar, plain or quoted: its code, span and form.
fn scalar_code(value: &str, at: usize) -> Option<(u32, std::ops::Range<usize>, Form)> {
    let (inner, form, offset) = match value.chars().next()? {
        q @ ('\'' | '"') => (value[1..].strip_suffix(q)?, Form::Quoted, 1),
        _ => (value, Form::Number, 0),
    };
    if inner.len() != 3 || !inner.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let code = inner.parse().ok()?;
    let span = match form {
        Form::Quoted => at..at + value.len(),
        _ => at + offset..at + offset + 3,
    };
    Some((code, span, form))
}

/// `[500, 502]` or `"404,503"`.
fn list_codes(value: &str, at: usize, found: &mut Vec<StatusLiteral>) {
    let form = if value.starts_with('[') {
        Form::Number
    } else {
        Form::Quoted
    };
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit()
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'-')
        {
            let end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            let next_ok = bytes
                .get(end)
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-');
            if end - i == 3
                && next_ok
                && let Ok(code) = value[i..end].parse()
            {
                found.push(StatusLiteral {
                    span: at + i..at + end,
                    code,
                    form,
                });
            }
            i = end;
        } else {
            i += 1;
        }
    }
}
