//! Web server configuration: nginx (`return 301 …;`, `error_page 404 …;`), Apache
//! (`Redirect 301 …`, `ErrorDocument 404 …`, `[R=301]`) and Caddy (`respond 404`,
//! `redir … 308`), and the status lines of `.http` request files (`HTTP/1.1 200 OK`).
//!
//! These are read as words: a status is a word in a directive's status slot, and nowhere else,
//! so `listen 443`, `Timeout 300` and `client_max_body_size 100m` stay silent.

use super::{Form, Language, StatusLiteral};

/// A word of a directive, with its byte offset in the line.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
}

pub fn scan_line(language: Language, line: &str, found: &mut Vec<StatusLiteral>) {
    if language == Language::Apache && !line.trim_start().starts_with('#') {
        request_status_expressions(line, found);
    }
    for statement in statements(line) {
        let Some((name, args)) = statement.split_first() else {
            continue;
        };
        match language {
            Language::Nginx => nginx(name.text, args, found),
            Language::Apache => apache(name.text, args, found),
            Language::Caddy => caddy(name.text, args, found),
            _ => {}
        }
    }
}

/// `HTTP/1.1 200 OK` at the start of a line of a `.http` file.
pub fn http_status_line(line: &str, found: &mut Vec<StatusLiteral>) -> bool {
    let Some(rest) = line.strip_prefix("HTTP/") else {
        return false;
    };
    let version = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let after = &rest[version..];
    if version == 0 || !after.starts_with(' ') {
        return false;
    }
    let start = 5 + version + 1;
    let digits = line[start..].bytes().take_while(u8::is_ascii_digit).count();
    if digits == 3
        && line[start + 3..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
        && let Ok(code) = line[start..start + 3].parse()
    {
        found.push(StatusLiteral {
            span: start..start + 3,
            code,
            form: Form::Number,
        });
    }
    true
}

fn nginx(name: &str, args: &[Word<'_>], found: &mut Vec<StatusLiteral>) {
    match name {
        "return" => {
            if let Some(first) = args.first() {
                push_number(first, found);
            }
        }
        "error_page" => {
            // `error_page 404 500 =200 /x;`: the codes, then an optional `=code`, then the URI.
            for word in &args[..args.len().saturating_sub(1)] {
                match word.text.strip_prefix('=') {
                    Some(rest) => push_number(
                        &Word {
                            text: rest,
                            start: word.start + 1,
                        },
                        found,
                    ),
                    None => push_number(word, found),
                }
            }
        }
        "try_files" => {
            // `try_files $uri =404;`: the fallback may be a status.
            if let Some(last) = args.last()
                && let Some(rest) = last.text.strip_prefix('=')
            {
                push_number(
                    &Word {
                        text: rest,
                        start: last.start + 1,
                    },
                    found,
                );
            }
        }
        name if name.ends_with("_next_upstream") || name.ends_with("_cache_use_stale") => {
            // `proxy_next_upstream error timeout http_502 http_503;`
            for word in args {
                if let Some(code) = word.text.trim_end_matches(';').strip_prefix("http_")
                    && code.len() == 3
                    && let Ok(code) = code.parse()
                {
                    found.push(StatusLiteral {
                        span: word.start..word.start + 8,
                        code,
                        form: Form::Constant,
                    });
                }
            }
        }
        "limit_req_status" | "limit_conn_status" => {
            if let Some(first) = args.first() {
                push_number(first, found);
            }
        }
        "proxy_cache_valid" | "fastcgi_cache_valid" | "uwsgi_cache_valid" | "scgi_cache_valid" => {
            // Codes, then the time.
            for word in &args[..args.len().saturating_sub(1)] {
                push_number(word, found);
            }
        }
        _ => {}
    }
}

fn apache(name: &str, args: &[Word<'_>], found: &mut Vec<StatusLiteral>) {
    let name = name.to_ascii_lowercase();
    match name.as_str() {
        "redirect" | "redirectmatch" | "errordocument" => {
            if let Some(first) = args.first() {
                push_number(first, found);
            }
        }
        "proxyerroroverride" => {
            // `ProxyErrorOverride On 502 503 504`
            for word in args.iter().skip(1) {
                push_number(word, found);
            }
        }
        "rewriterule" => {
            // Flags in brackets: `[R=301,L]`.
            let Some(flags) = args.last().filter(|w| w.text.starts_with('[')) else {
                return;
            };
            let mut offset = flags.start + 1;
            let inner = flags.text.trim_start_matches('[').trim_end_matches(']');
            for flag in inner.split(',') {
                let lower = flag.to_ascii_lowercase();
                let value = lower
                    .strip_prefix("r=")
                    .or_else(|| lower.strip_prefix("redirect="));
                if let Some(value) = value {
                    let at = offset + (flag.len() - value.len());
                    push_number(
                        &Word {
                            text: &flag[flag.len() - value.len()..],
                            start: at,
                        },
                        found,
                    );
                }
                offset += flag.len() + 1;
            }
        }
        _ => {}
    }
}

fn caddy(name: &str, args: &[Word<'_>], found: &mut Vec<StatusLiteral>) {
    // A named matcher's definition: `@gone expression {err.status_code} == 410`.
    let (name, args) = match name.starts_with('@') {
        true => match args.split_first() {
            Some((inner, rest)) => (inner.text, rest),
            None => return,
        },
        false => (name, args),
    };
    match name {
        "respond" | "error" | "handle_errors" | "status" | "health_status" => {
            for word in args {
                push_number(word, found);
            }
        }
        "redir" => {
            if let Some(last) = args.last().filter(|_| args.len() >= 2) {
                push_number(last, found);
            }
        }
        "expression" => {
            for pair in args.windows(3) {
                if pair[0].text.contains("status_code") && matches!(pair[1].text, "==" | "!=") {
                    push_number(&pair[2], found);
                }
            }
        }
        _ => {}
    }
}

/// Apache expressions that compare the response status: `"expr=%{REQUEST_STATUS} == 503"`,
/// `<If "%{REQUEST_STATUS} -eq 404">`, `%{REQUEST_STATUS} in { '502', '503' }`.
fn request_status_expressions(line: &str, found: &mut Vec<StatusLiteral>) {
    const VARIABLE: &str = "%{REQUEST_STATUS}";
    let mut from = 0;
    while let Some(at) = line[from..].find(VARIABLE) {
        let after = from + at + VARIABLE.len();
        from = after;
        let rest = &line[after..];
        let trimmed = rest.trim_start();
        let Some(op) = ["==", "!=", "-eq", "-ne", "in"]
            .into_iter()
            .find(|op| trimmed.starts_with(op))
        else {
            continue;
        };
        let mut offset = after + (rest.len() - trimmed.len()) + op.len();
        let operands = &line[offset..];
        // One operand, or a `{ … }` list of them.
        let list = operands.trim_start().starts_with('{');
        let end = if list {
            operands.find('}').map_or(operands.len(), |e| e + 1)
        } else {
            operands
                .trim_start()
                .find(|c: char| c.is_whitespace() || c == '"' || c == ')')
                .map_or(operands.len(), |e| {
                    e + operands.len() - operands.trim_start().len()
                })
        };
        for word in
            operands[..end].split(|c: char| c.is_whitespace() || matches!(c, '{' | '}' | ','))
        {
            let word_at = offset;
            offset += word.len() + 1;
            let digits = word.strip_prefix('\'').and_then(|w| w.strip_suffix('\''));
            let digits = digits.unwrap_or(word);
            if digits.len() == 3
                && digits.bytes().all(|b| b.is_ascii_digit())
                && let Ok(code) = digits.parse()
            {
                let quoted = word.len() == 5;
                found.push(StatusLiteral {
                    span: word_at..word_at + word.len(),
                    code,
                    form: if quoted { Form::Quoted } else { Form::Number },
                });
            }
        }
    }
}

/// A word that is exactly a three-digit number (or a quoted one) is a status.
fn push_number(word: &Word<'_>, found: &mut Vec<StatusLiteral>) {
    let text = word.text.trim_end_matches(';');
    let (inner, quoted) = match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) => (inner, true),
        None => (text, false),
    };
    if inner.len() == 3
        && inner.bytes().all(|b| b.is_ascii_digit())
        && let Ok(code) = inner.parse()
    {
        let start = word.start;
        found.push(StatusLiteral {
            span: start..start + text.len(),
            code,
            form: if quoted { Form::Quoted } else { Form::Number },
        });
    }
}

/// The line's statements (split at `;`, `{` and `}` outside quotes), each as words, with
/// comments (`#` at a word's start) removed.
fn statements(line: &str) -> Vec<Vec<Word<'_>>> {
    let mut statements = Vec::new();
    let mut words = Vec::new();
    let mut word_start: Option<usize> = None;
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        // `{` opens a block only as its own word (Caddy's `{uri}` is a placeholder); `}`
        // closes one only at a word's start.
        let next = line[i + c.len_utf8()..].chars().next();
        let block = match c {
            '{' => word_start.is_none() && next.is_none_or(char::is_whitespace),
            '}' => word_start.is_none(),
            ';' => true,
            _ => false,
        };
        let boundary = c.is_whitespace() || block;
        if boundary {
            if let Some(s) = word_start.take() {
                words.push(Word {
                    text: &line[s..i],
                    start: s,
                });
            }
            if c != ' ' && c != '\t' && !words.is_empty() {
                statements.push(std::mem::take(&mut words));
            }
            continue;
        }
        if c == '#' && word_start.is_none() {
            break;
        }
        if word_start.is_none() {
            word_start = Some(i);
        }
        if c == '"' || c == '\'' || c == '`' {
            quote = Some(c);
        }
    }
    if let Some(s) = word_start
        && quote.is_none()
    {
        words.push(Word {
            text: &line[s..],
            start: s,
        });
    }
    if !words.is_empty() {
        statements.push(words);
    }
    statements
}
