//! Status positions in program code: given one line's tokens, which numbers, quoted numbers,
//! symbols and constants denote a response status.
//!
//! A value is a status when its place says so: an argument of a status call (`abort(404)`), the
//! value of a status-named key or variable (`status_code=404`, `ctx.status = 404`), one side of an
//! equality with a status-named expression (`resp.StatusCode == 200`), a member of a set tested
//! against one (`status in (200, 201)`), the subject of an assertion chain
//! (`expect(res.status).toBe(200)`), an arm of a `switch` on a status, or a key of a table of
//! reason phrases (`{404: "Not Found"}`). Range checks (`status >= 400`), arithmetic
//! (`status / 100`) and every other place stay silent.

mod calls;
mod contexts;
mod expressions;
mod places;
mod state;

pub use state::CodeState;
use state::*;

use super::idioms::{self, Receiver, Spec};
use super::lexer::{Kind, Token};
use super::names;
use super::{Form, Language, StatusLiteral};

const NONE: u32 = u32::MAX;

/// How sure a place is that it holds a status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// A place that may hold other numbers too (`x == 200` where x is a status): only
    /// three-digit numbers count, so `status == 0` and `status = -1` stay silent.
    Weak,
    /// A place that takes nothing but a status (`abort(…)`): any integer counts, so `abort(99)`
    /// is reported as invalid.
    Strong,
}

pub struct Line<'a> {
    language: Language,
    spec: &'a Spec,
    line: &'a str,
    toks: &'a [Token],
    /// For each opener and closer, the index of its partner (`NONE` when unmatched).
    partner: Vec<u32>,
    /// For each token, the innermost opener enclosing it (`NONE` at top level).
    parent: Vec<u32>,
    /// Inside a `switch` on a status; `Some(true)` when that status is only a bare `code`.
    subject: Option<bool>,
    /// Inside the body of a function that returns a status.
    returns: bool,
    /// The status column of parametrized test rows, if inside them.
    columns: Option<u8>,
    /// Inside the arguments of a status call split over lines.
    in_call: bool,
    /// Inside the rows of a Go test table: its status field (index, list, faint).
    go_rows: Option<(u8, bool, bool)>,
    /// If this line defines a function that returns a status, where its body starts; found
    /// once per line ([`Line::status_function`]), asked for each candidate.
    function_body: Option<usize>,
    evidence: Evidence,
    /// Set when a decision leaned on a bare `code` being a status (see [`Evidence`]): such a
    /// place counts only codes from 200 up that are registered or well known, so
    /// `code === 137` (a process killed by a signal) and SIP's `case 100:` stay silent; code
    /// rarely compares a status with 1xx.
    faint: std::cell::Cell<bool>,
}

pub fn analyse(
    language: Language,
    spec: &Spec,
    line: &str,
    toks: &[Token],
    state: &mut CodeState,
    found: &mut Vec<StatusLiteral>,
) {
    let (partner, parent) = brackets(toks);
    state.evidence.observe(line, toks);
    let indent = line.len() - line.trim_start().len();
    // Each context ends at a line back at its opener's indentation, with its own exceptions.
    let dedented = |scope: Scope| !toks.is_empty() && scope.dedented(indent);
    if let Some(subject) = state.subject {
        // Arms and their continuations stay inside: `case`, `when`, `else`, `|`, a value.
        let arm = toks.first().is_some_and(|first| {
            matches!(
                first.text(line),
                "case" | "when" | "else" | "default" | "|" | "in" | "_" | "otherwise" | "{"
            ) || matches!(first.kind, Kind::Int(_) | Kind::Str { .. }) && indent > 0
        });
        state.subject = subject
            .scope
            .next(dedented(subject.scope) && !arm)
            .map(|scope| Subject { scope, ..subject });
    }
    if let Some(call) = state.call {
        let closes = toks.first().is_some_and(|t| t.is(")"));
        state.call = call.next(closes || dedented(call));
    }
    if let Some(table) = state.go_table {
        state.go_table = go_table_line(line, toks, indent, table, state.evidence);
    }
    if let Some(table) = state.columns {
        state.columns = table
            .scope
            .next(dedented(table.scope))
            .map(|scope| Columns { scope, ..table });
    }
    if let Some(body) = state.returns {
        // (A brace on its own line opens the body; it does not end it.)
        let opens = toks.len() == 1 && toks[0].is("{");
        state.returns = body.next(dedented(body) && !opens);
    }
    let mut analysis = Line {
        language,
        spec,
        line,
        toks,
        partner,
        parent,
        subject: state.subject.map(|s| s.faint),
        returns: state.returns.is_some(),
        columns: state.columns.map(|c| c.index),
        in_call: state.call.is_some(),
        go_rows: state.go_table.filter(|t| t.rows).and_then(|t| t.status),
        evidence: state.evidence,
        faint: std::cell::Cell::new(false),
        function_body: None,
    };
    analysis.function_body = analysis.status_function();
    // Rows may start on the line that names the columns: `parametrize("status", [(200,)])`.
    let pending = state.columns.is_some_and(|c| c.index == PENDING);
    if pending {
        state.columns = None;
    }
    let opened_columns = analysis.status_column(pending);
    if opened_columns.is_some_and(|i| i != PENDING) {
        analysis.columns = opened_columns;
    }
    let before = found.len();
    analysis.literals(state, found);
    if found.len() > before {
        state.evidence.http = true;
    }
    if let Some(index) = opened_columns {
        // Rows end where the call's own line is dedented to; the names' line is inside it.
        let indent = if pending {
            indent.saturating_sub(1)
        } else {
            indent
        };
        state.columns = Some(Columns {
            index,
            scope: Scope::open(indent, SUBJECT_LINES),
        });
    }
    // `cases := []struct {`: a Go test table's fields follow.
    if language == Language::Go
        && toks.len() >= 2
        && toks[toks.len() - 1].is("{")
        && toks[toks.len() - 2].text(line) == "struct"
        && toks.iter().any(|t| t.is("[") || t.is("]"))
    {
        state.go_table = Some(GoTable {
            scope: Scope::open(indent, SUBJECT_LINES),
            fields: 0,
            status: None,
            rows: false,
        });
    }
    // `abort(` or `new HttpException(` at the end of the line: its arguments follow.
    if let Some(last) = toks.len().checked_sub(1)
        && toks[last].is("(")
        && analysis
            .callee(last)
            .is_some_and(|callee| analysis.is_status_call(&callee))
    {
        state.call = Some(Scope::open(indent, CALL_LINES));
    }
    analysis.faint.set(false);
    if let Some(subject_indent) = analysis.opens_subject() {
        state.subject = Some(Subject {
            scope: Scope::open(subject_indent, SUBJECT_LINES),
            faint: analysis.faint.get(),
        });
    }
    // A status function whose body goes on below: `def status_code(self):`, `-> HTTPStatus {`.
    if let Some(body) = analysis.function_body
        && body + 1 == toks.len()
    {
        state.returns = Some(Scope::open(indent, SUBJECT_LINES));
    }
}

fn brackets(toks: &[Token]) -> (Vec<u32>, Vec<u32>) {
    let mut partner = vec![NONE; toks.len()];
    let mut parent = vec![NONE; toks.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        parent[i] = stack.last().map_or(NONE, |&o| o as u32);
        match t.kind {
            Kind::Punct("(" | "[" | "{") => stack.push(i),
            Kind::Punct(close @ (")" | "]" | "}")) => {
                let open = match close {
                    ")" => "(",
                    "]" => "[",
                    _ => "{",
                };
                if let Some(pos) = stack.iter().rposition(|&o| toks[o].is(open)) {
                    let o = stack[pos];
                    stack.truncate(pos);
                    partner[o] = i as u32;
                    partner[i] = o as u32;
                    parent[i] = stack.last().map_or(NONE, |&o| o as u32);
                }
            }
            _ => {}
        }
    }
    (partner, parent)
}

/// A value that may be a status, and where it sits in the token list.
#[derive(Clone, Copy)]
struct Candidate {
    first: usize,
    last: usize,
    code: u32,
    form: Form,
    /// Digits of a number literal (not a symbol or a constant).
    digits: Option<usize>,
}

impl<'a> Line<'a> {
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }

    fn text(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.line))
    }

    fn is(&self, i: usize, punct: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is(punct))
    }

    fn prev(&self, i: usize) -> Option<usize> {
        i.checked_sub(1)
    }

    fn literals(&mut self, state: &mut CodeState, found: &mut Vec<StatusLiteral>) {
        let mut i = 0;
        while i < self.toks.len() {
            self.track_table(i, &mut state.responses);
            self.string_status_lines(i, found);
            // Qualified constants: `http.StatusNotFound`, `StatusCode::NOT_FOUND`.
            if let Some((first, last, code)) = self.constant_at(i) {
                found.push(self.literal(first, last, code, Form::Constant));
                i = last + 1;
                continue;
            }
            if let Some(candidate) = self.candidate(i) {
                let last = candidate.last;
                self.faint.set(false);
                if self.table_key_in_context(&candidate, state.responses) {
                    found.push(self.literal(candidate.first, last, candidate.code, candidate.form));
                } else if let Some(strength) = self.position(&candidate) {
                    let counts = match (strength, candidate.digits) {
                        (Strength::Strong, Some(d)) => d <= 5,
                        (Strength::Weak, Some(d)) => d == 3 && candidate.code >= 100,
                        (_, None) => true,
                    } && (!self.faint.get()
                        || is_known(candidate.code) && candidate.code >= 200);
                    if counts {
                        found.push(self.literal(
                            candidate.first,
                            last,
                            candidate.code,
                            candidate.form,
                        ));
                    }
                }
                i = last + 1;
                continue;
            }
            self.quoted_list(i, found);
            i += 1;
        }
    }

    fn literal(&self, first: usize, last: usize, code: u32, form: Form) -> StatusLiteral {
        let start = self.toks[first].start as usize;
        let end = self.toks[last].end as usize;
        StatusLiteral {
            span: start..end,
            code,
            form,
        }
    }

    /// A number, a quoted number, a symbol or an implicit member that could be a status.
    fn candidate(&self, i: usize) -> Option<Candidate> {
        let t = self.tok(i)?;
        // A one-token name of a code: `NOT_FOUND`, `:not_found`.
        let named = |i: usize, name: &str| {
            Some(Candidate {
                first: i,
                last: i,
                code: names::code_of_name(name)?,
                form: Form::Constant,
                digits: None,
            })
        };
        match t.kind {
            Kind::Int(code) => {
                if self.is(i + 1, ".") && self.tok(i + 2).is_some_and(|t| t.is_ident()) {
                    return None; // `404.toString()` is fine, but `1.seconds` is not a status
                }
                Some(Candidate {
                    first: i,
                    last: i,
                    code,
                    form: Form::Number,
                    digits: Some(digits(t.text(self.line))),
                })
            }
            Kind::Str { .. } => {
                let content = t.content(self.line)?;
                let n = content.len();
                if (1..=5).contains(&n) && content.bytes().all(|b| b.is_ascii_digit()) {
                    let code = content.parse().ok()?;
                    // Quoted numbers count only where three digits are written.
                    Some(Candidate {
                        first: i,
                        last: i,
                        code,
                        form: Form::Quoted,
                        digits: Some(if n == 3 { 3 } else { 0 }),
                    })
                } else {
                    None
                }
            }
            // JAX-RS's imported `Status.NOT_FOUND`: a status only where one is expected, since
            // gRPC has a `Status.NOT_FOUND` too.
            Kind::Ident
                if t.text(self.line) == "Status"
                    && self.is(i + 1, ".")
                    && !self.is(i + 3, "(")
                    && !i.checked_sub(1).is_some_and(|p| self.is(p, ".")) =>
            {
                let name = self.tok(i + 2).filter(|t| t.is_ident())?;
                Some(Candidate {
                    first: i,
                    last: i + 2,
                    code: names::code_of_name(name.text(self.line))?,
                    form: Form::Constant,
                    digits: None,
                })
            }
            Kind::Ident if self.bare_constant(i) => named(i, t.text(self.line)),
            Kind::Symbol => named(i, t.text(self.line).trim_start_matches(':')),
            Kind::Punct(".") if self.spec.dot_constants => {
                let name = self.tok(i + 1).filter(|t| t.is_ident())?;
                let before = self.prev(i).and_then(|p| self.tok(p));
                let implicit = match before {
                    None => true,
                    Some(b) => {
                        matches!(
                            b.kind,
                            Kind::Punct("(" | "," | ":" | "=" | "==" | "!=" | "[")
                        ) || b.text(self.line) == "return"
                            || b.text(self.line) == "case"
                    }
                };
                if !implicit || self.is(i + 2, "(") {
                    return None;
                }
                let code = names::code_of_name(name.text(self.line))?;
                Some(Candidate {
                    first: i,
                    last: i + 1,
                    code,
                    form: Form::Constant,
                    digits: None,
                })
            }
            _ => None,
        }
    }

    /// An identifier standing alone that is written like a constant (`NOT_FOUND`, `OK`,
    /// `MOVED_PERMANENTLY`): a candidate for a status position (Play's imported `Status._`).
    fn bare_constant(&self, i: usize) -> bool {
        let text = self.text(i);
        let upper = text.len() >= 2
            && text
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit());
        let alone = !self.is(i + 1, "(")
            && !self.is(i + 1, ".")
            && !self.is(i + 1, "::")
            && !i
                .checked_sub(1)
                .is_some_and(|p| self.is(p, ".") || self.is(p, "::") || self.is(p, "->"));
        upper && alone
    }

    /// `Q.NAME` / `Q::NAME` (and `MHD_HTTP_NOT_FOUND`) at `i`: its first and last token, and code.
    fn constant_at(&self, i: usize) -> Option<(usize, usize, u32)> {
        let q = self.tok(i).filter(|t| t.is_ident())?;
        let qualifier = q.text(self.line);
        // Do not start inside a chain: `net.http.StatusOK` starts at `http`.
        let sep = self.tok(i + 1);
        let is_sep = |t: Option<&Token>| t.is_some_and(|t| t.is(".") || t.is("::") || t.is("->"));
        if is_sep(sep) {
            let name_tok = self.tok(i + 2).filter(|t| t.is_ident())?;
            let name = name_tok.text(self.line);
            let before = match i.checked_sub(2) {
                Some(b) if is_sep(self.tok(i - 1)) => Some(self.text(b)),
                _ => None,
            };
            if self.is(i + 3, "(") {
                return None; // a method (`StatusCode::from_u16(…)`), or a builder named for a code
            }
            if qualifier == "Status" && before.is_none() {
                // Rocket and http4s `Status::NotFound`; gRPC's `Status.NOT_FOUND` is not HTTP.
                if matches!(self.language, Language::Rust | Language::Scala) {
                    return names::code_of_name(name).map(|c| (i, i + 2, c));
                }
            }
            let code = names::code_of_constant(before, qualifier, name)?;
            // `Response.Status.NOT_FOUND`: the segment before belongs to the name.
            let first = match before {
                Some("Response" | "http") if matches!(qualifier, "Status" | "status") => i - 2,
                Some("requests" | "httpx") if qualifier == "codes" => i - 2,
                _ => i,
            };
            return Some((first, i + 2, code));
        }
        if is_sep(i.checked_sub(1).and_then(|p| self.tok(p))) {
            return None;
        }
        // Not where it is defined: `#define HTTP_OK 200`, `HTTP_OK = 200`.
        // (`case HTTP_OK:` and `ok ? HTTP_OK : HTTP_ERROR` use it.)
        let after_case = i >= 1 && matches!(self.text(i - 1), "case" | "?");
        let defined = self.is(i + 1, "=")
            || self.is(i + 1, ":") && !after_case
            || i >= 1 && self.text(i - 1) == "define";
        if defined {
            return None;
        }
        names::code_of_prefixed_constant(qualifier).map(|c| (i, i, c))
    }

    /// Where the value `c` sits, if that place holds a status.
    fn position(&self, c: &Candidate) -> Option<Strength> {
        let prev = self.prev(c.first);
        let next = c.last + 1;
        if self.in_range_expression(c) {
            return None;
        }
        // An arm of a conditional stands where the whole conditional stands:
        // `res.status = created ? 201 : 204`, `status_code=200 if ok else 404`.
        if let Some((first, last)) = self.conditional(c) {
            let whole = Candidate { first, last, ..*c };
            return self.position(&whole);
        }
        self.call_argument(c)
            .or_else(|| self.keyword_value(c))
            .or_else(|| self.comparison(c))
            .or_else(|| self.membership(c))
            .or_else(|| self.subject_arm(c))
            .or_else(|| self.returned_value(c))
            .or_else(|| self.status_cell(c))
            .or_else(|| self.go_row_cell(c))
            .or_else(|| self.argument_line(c))
            .or_else(|| self.table_key(c))
            .or_else(|| self.special_shapes(c, prev, next))
    }

    fn in_range_expression(&self, c: &Candidate) -> bool {
        let around = [
            self.prev(c.first).map_or("", |p| self.text(p)),
            self.text(c.last + 1),
        ];
        around
            .iter()
            .any(|t| matches!(*t, ".." | "..." | "..=" | "..<" | "to" | "until"))
    }

    /// Tokens that may follow a value that stands alone.
    fn ends_value(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return true;
        };
        match t.kind {
            Kind::Punct(p) => matches!(
                p,
                "," | ")" | "]" | "}" | ";" | ":" | "&&" | "||" | "?" | "{" | "|" | "=>" | "->"
            ),
            Kind::Ident => matches!(
                t.text(self.line),
                "and" | "or" | "then" | "do" | "if" | "unless" | "else" | "end"
            ),
            _ => false,
        }
    }
}

/// The result types of functions that return a status.
fn is_status_type(name: &str) -> bool {
    matches!(
        name,
        "HTTPStatus"
            | "HttpStatus"
            | "HttpStatusCode"
            | "StatusCode"
            | "HTTPResponseStatus"
            | "HttpResponseStatus"
    )
}

/// A registered code, or an unofficial one in wide use.
fn is_known(code: u32) -> bool {
    let registry = crate::registry::Registry::get();
    registry.registered_code(code).is_some() || !registry.unofficial_code(code).is_empty()
}

fn digits(text: &str) -> usize {
    text.bytes().filter(u8::is_ascii_digit).count()
}

/// Pushes each number of a quoted list (`"404,503"`) as its own quoted literal.
pub fn push_numbers_in(content: &str, t: &Token, found: &mut Vec<StatusLiteral>) {
    let Kind::Str {
        content: (start, _),
    } = t.kind
    else {
        return;
    };
    let mut offset = start as usize;
    for part in content.split(',') {
        let trimmed = part.trim();
        let lead = part.len() - part.trim_start().len();
        if trimmed.len() == 3
            && let Ok(code) = trimmed.parse()
        {
            let s = offset + lead;
            found.push(StatusLiteral {
                span: s..s + 3,
                code,
                form: Form::Quoted,
            });
        }
        offset += part.len() + 1;
    }
}
