//! YAML: OpenAPI `responses:` keys, and status-named keys of gateway and ingress configuration
//! (`httpStatus: 503`, `redirectCode: 301`, `custom-http-errors: "404,503"`), the items of a
//! status list written as a block (`status:` then `- "404"`), Spring Boot's
//! `http-mapping:` of health states to statuses, a status schema's `example:`, and the shell
//! commands of CI steps (`run: test "$code" -eq 200`).
//!
//! YAML is read line by line, as the rest of the detector is: a key path is not needed, only
//! whether the line sits directly under one of those keys, and whether it is inside a block
//! scalar (`description: |`), whose text is prose unless it is a step's shell script.

use super::names;
use super::{CodeLineState, Form, Language, StatusLiteral};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct YamlState {
    /// Under a `responses:` key: its indentation, and that of its children once seen.
    responses: Option<(u16, Option<u16>)>,
    /// Inside a block scalar opened by a key at this indentation, and what its text is.
    block_scalar: Option<(u16, Block)>,
    /// Under a key whose children hold statuses: its indentation and what they are.
    values: Option<(u16, Values)>,
    /// The shell analysis of the script block being read, carried from line to line so that
    /// a `case "$code" in` or a multi-line string spans its lines.
    script: CodeLineState,
}

/// What the text of a block scalar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Block {
    /// A description: prose, never analysed.
    Prose,
    /// A CI step's script (`run: |`).
    Shell,
    /// An ingress-nginx snippet (`nginx.ingress.kubernetes.io/server-snippet: |`).
    Nginx,
}

/// What the children of a key hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Values {
    /// `status:` then `- "404"`: list items are statuses; of the map children, only a status
    /// schema's `example:`, `default:` and `enum:`.
    Status,
    /// Spring Boot's `http-mapping:`: every child's value is a status.
    Mapping,
    /// `script:` then `- curl …`: list items are shell commands.
    Script,
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
    if let Some((block, kind)) = state.block_scalar {
        if indent > block as usize {
            match kind {
                Block::Prose => {}
                // The whole line, so that the script's own indentation is seen.
                Block::Shell => state.script = shell(text, 0, state.script, found),
                Block::Nginx => super::directives::scan_line(Language::Nginx, text, found),
            }
            return state;
        }
        state.block_scalar = None;
    }
    if let Some((at, values)) = state.values {
        let item = text[indent..]
            .strip_prefix("- ")
            .or(text[indent..].strip_prefix('-').filter(|r| r.is_empty()));
        if indent < at as usize || indent == at as usize && item.is_none() {
            state.values = None;
        } else if let Some(item) = item {
            let item_start = text.len() - item.len();
            let item = item.trim();
            let lead = text[item_start..].len() - text[item_start..].trim_start().len();
            match values {
                Values::Status | Values::Mapping => {
                    if let Some((code, span, form)) = scalar_code(item, item_start + lead) {
                        found.push(StatusLiteral { span, code, form });
                    }
                }
                Values::Script if item.starts_with(['|', '>']) => {
                    // `- |`: a script block as a list item.
                    state.block_scalar = Some((indent.min(u16::MAX as usize) as u16, Block::Shell));
                    state.script = CodeLineState::default();
                    return state;
                }
                Values::Script => {
                    let at = item_start + lead + quote_len(item);
                    shell(text, at, CodeLineState::default(), found);
                }
            }
            if entry(text).is_none() {
                return state;
            }
        }
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
    let key_indent = entry.indent.min(u16::MAX as usize) as u16;
    let script = is_script_key(entry.key);
    if let Some((at, values)) = state.values
        && entry.indent > at as usize
    {
        // A child of a key whose children hold statuses.
        let counts = match values {
            Values::Mapping => true,
            Values::Status => names::is_schema_value_key(entry.key),
            Values::Script => false,
        };
        if counts && let Some((code, span, form)) = scalar_code(value, entry.value_start) {
            found.push(StatusLiteral { span, code, form });
        } else if values == Values::Status && entry.key == "enum" {
            list_codes(value, entry.value_start, found);
        }
    }
    if value.starts_with('|') || value.starts_with('>') {
        let kind = if script {
            Block::Shell
        } else if entry.key.ends_with("-snippet") && entry.key.contains("nginx") {
            Block::Nginx
        } else {
            Block::Prose
        };
        state.block_scalar = Some((key_indent, kind));
        state.script = CodeLineState::default();
    } else if script && !value.is_empty() {
        let at = entry.value_start + quote_len(value);
        shell(text, at, CodeLineState::default(), found);
    }
    if value.is_empty() {
        let n = names::normalize(entry.key);
        let values = if script {
            Some(Values::Script)
        } else if matches!(n.as_str(), "httpmapping" | "statusmapping") {
            Some(Values::Mapping)
        } else if names::is_status_name(entry.key) || names::is_status_list_name(entry.key) {
            Some(Values::Status)
        } else {
            None
        };
        if values.is_some() {
            state.values = values.map(|v| (key_indent, v));
        }
    }
    if entry.key == "responses" && value.is_empty() {
        state.responses = Some((entry.indent.min(u16::MAX as usize) as u16, None));
    }
    if names::is_status_name(entry.key) {
        if let Some((code, span, form)) = scalar_code(value, entry.value_start) {
            found.push(StatusLiteral { span, code, form });
        } else if value.starts_with('{') {
            // A flow mapping: a status property's schema, `{type: integer, example: 404}`;
            // its bounds are not statuses.
            flow_examples(value, entry.value_start, found);
        } else if value.contains(',') {
            // ALB's `HttpCode: "200,204"`, `[500, 502]`.
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

/// CI keys whose values are shell commands: GitHub Actions' `run:`, GitLab's `script:`.
fn is_script_key(key: &str) -> bool {
    matches!(key, "run" | "script" | "before_script" | "after_script")
}

/// 1 if a scalar is quoted (its shell text starts after the quote), else 0.
fn quote_len(scalar: &str) -> usize {
    usize::from(scalar.starts_with(['\'', '"']))
}

/// Analyses `text[from..]` as a line of shell that starts in `state`, with spans relative to
/// `text`; returns the state at its end.
fn shell(
    text: &str,
    from: usize,
    state: CodeLineState,
    found: &mut Vec<StatusLiteral>,
) -> CodeLineState {
    let Some(command) = text.get(from..) else {
        return state;
    };
    let start = found.len();
    let next = super::scan_shell_line(command, state, found);
    for lit in &mut found[start..] {
        lit.span = lit.span.start + from..lit.span.end + from;
    }
    next
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

/// The `example:`, `default:` and `const:` values of a flow mapping: `{type: integer, example: 404}`.
fn flow_examples(value: &str, at: usize, found: &mut Vec<StatusLiteral>) {
    let mut offset = 0;
    for part in value.split(',') {
        let pair = part
            .trim_start_matches(['{', ' '])
            .trim_end_matches(['}', ' ']);
        if let Some((key, v)) = pair.split_once(':')
            && names::is_schema_value_key(key.trim())
        {
            let v_trimmed = v.trim();
            let v_at = offset + part.find(v_trimmed).unwrap_or(0);
            if let Some((code, span, form)) = scalar_code(v_trimmed, at + v_at) {
                found.push(StatusLiteral { span, code, form });
            }
        }
        offset += part.len() + 1;
    }
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
