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

use super::idioms::{self, Receiver, Spec};
use super::lexer::{Kind, Token};
use super::names;
use super::{Form, Language, StatusLiteral};

/// What code analysis carries from one line to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CodeState {
    /// Inside a `switch`/`match`/`case`/`when` on a status: the indentation of its line.
    subject: Option<Subject>,
    /// Inside a table keyed by statuses (`responses: {…}`) or an enum of them.
    responses: Option<Table>,
    /// Inside the body of a function that returns a status (`getStatus() {`, `-> HTTPStatus {`).
    returns: Option<Subject>,
    /// Inside pytest's `parametrize("status, body", [...])`: which column holds a status.
    columns: Option<Columns>,
    /// Inside the arguments of a status call split over lines (`abort(` then `404,`).
    call: Option<Subject>,
    /// Inside a Go test table, `[]struct{ name string; want int }{ {"ok", 200}, … }`.
    go_table: Option<GoTable>,
    /// What the text so far has shown it is about.
    evidence: Evidence,
}

/// What a file has shown it talks, latched from the first line that shows it. A bare `code`
/// is a status in a file that talks HTTP (`if (code == 401)` after libcurl's `getinfo`), but not
/// in one that also talks a protocol with its own three-digit replies (SMTP's `code == 550`,
/// SIP's `case 486:`). The latches flip at most once each way per edit, so the rescan they
/// cause is rare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
struct Evidence {
    /// An identifier or string that mentions HTTP (`http.Get`, `"https://…"`, `curl_easy_perform`),
    /// or a status literal found.
    http: bool,
    /// An identifier about SMTP, SIP, FTP and their kin (`smtpOK`, `onSipResponse`).
    other_protocol: bool,
}

impl Evidence {
    fn observe(&mut self, line: &str, toks: &[Token]) {
        for t in toks {
            if self.http && self.other_protocol {
                return;
            }
            let text = match t.kind {
                Kind::Ident => t.text(line),
                Kind::Str { .. } if !self.http => t.content(line).unwrap_or(""),
                _ => continue,
            };
            if !self.http && names::mentions_http(text) {
                self.http = true;
            }
            if !self.other_protocol && t.is_ident() && names::names_other_protocol(text) {
                self.other_protocol = true;
            }
        }
    }

    /// Whether a bare `code` (or `x.code` on a response) holds an HTTP status.
    fn code_is_http_status(self) -> bool {
        self.http && !self.other_protocol
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Table {
    /// Brace depth below the opener: 1 = its keys.
    depth: u8,
    kind: TableKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum TableKind {
    /// `responses: {`: keyed by statuses.
    Responses,
    /// `STATUS_TEXT = {`, `"status": {`: keyed by statuses, or a status property's schema
    /// whose `example` is one.
    Named,
    /// `enum HttpCode {`: its members' values are statuses whatever their names.
    Enum,
}

/// A Go table of test cases: its fields are read first, then its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct GoTable {
    indent: u16,
    /// Fields declared so far (while `rows` is false).
    fields: u8,
    /// The status field: its index, whether it is a list (`statuses []int`), and whether only
    /// a generic name says so (`want int`), which makes its cells faint.
    status: Option<(u8, bool, bool)>,
    rows: bool,
    left: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Columns {
    /// The status column, 0-based.
    index: u8,
    /// Indentation of the line that named the columns; the rows are below it.
    indent: u16,
    left: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Subject {
    indent: u16,
    /// The subject is only a bare `code`: its arms count only if they are known codes.
    faint: bool,
    /// Lines the context may still last: a switch never runs to the end of a huge file.
    left: u16,
}

const SUBJECT_LINES: u16 = 400;
/// Lines the arguments of a call split over lines may take.
const CALL_LINES: u16 = 12;
/// [`Columns::index`] while the column names are still to come.
const PENDING: u8 = u8::MAX;
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
    if let Some(subject) = state.subject {
        let ends = match toks.first() {
            None => false,
            Some(first) => {
                let word = first.text(line);
                indent <= subject.indent as usize
                    && !matches!(
                        word,
                        "case" | "when" | "else" | "default" | "|" | "in" | "_" | "otherwise"
                    )
                    && !(matches!(first.kind, Kind::Int(_) | Kind::Str { .. }) && indent > 0)
                    || subject.left == 0
            }
        };
        state.subject = if ends {
            None
        } else {
            Some(Subject {
                left: subject.left.saturating_sub(1),
                ..subject
            })
        };
    }
    if let Some(call) = state.call {
        let closes = toks.first().is_some_and(|t| t.is(")"));
        let ends = closes || !toks.is_empty() && indent <= call.indent as usize || call.left == 0;
        state.call = (!ends).then_some(Subject {
            left: call.left.saturating_sub(1),
            ..call
        });
    }
    if let Some(table) = state.go_table {
        state.go_table = go_table_line(line, toks, indent, table, state.evidence);
    }
    if let Some(table) = state.columns {
        let ends = !toks.is_empty() && indent <= table.indent as usize || table.left == 0;
        state.columns = (!ends).then_some(Columns {
            left: table.left.saturating_sub(1),
            ..table
        });
    }
    if let Some(body) = state.returns {
        // (A brace on its own line opens the body; it does not end it.)
        let opens = toks.len() == 1 && toks[0].is("{");
        let ends = !toks.is_empty() && !opens && indent <= body.indent as usize || body.left == 0;
        state.returns = (!ends).then_some(Subject {
            left: body.left.saturating_sub(1),
            ..body
        });
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
    };
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
            indent: indent.min(u16::MAX as usize) as u16,
            left: SUBJECT_LINES,
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
            indent: indent.min(u16::MAX as usize) as u16,
            fields: 0,
            status: None,
            rows: false,
            left: SUBJECT_LINES,
        });
    }
    // `abort(` or `new HttpException(` at the end of the line: its arguments follow.
    if let Some(last) = toks.len().checked_sub(1)
        && toks[last].is("(")
        && analysis
            .callee(last)
            .is_some_and(|callee| analysis.is_status_call(&callee))
    {
        state.call = Some(Subject {
            indent: indent.min(u16::MAX as usize) as u16,
            faint: false,
            left: CALL_LINES,
        });
    }
    analysis.faint.set(false);
    if let Some(subject_indent) = analysis.opens_subject() {
        state.subject = Some(Subject {
            indent: subject_indent.min(u16::MAX as usize) as u16,
            faint: analysis.faint.get(),
            left: SUBJECT_LINES,
        });
    }
    // A status function whose body goes on below: `def status_code(self):`, `-> HTTPStatus {`.
    if let Some(body) = analysis.status_function()
        && body + 1 == toks.len()
    {
        state.returns = Some(Subject {
            indent: indent.min(u16::MAX as usize) as u16,
            faint: false,
            left: SUBJECT_LINES,
        });
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

    /// If `c` is one arm of a conditional whose arms are single values, the conditional's first
    /// and last token: `cond ? A : B`, Python's `A if cond else B`, Kotlin's `if (cond) A else B`.
    fn conditional(&self, c: &Candidate) -> Option<(usize, usize)> {
        let value = |k: usize| {
            self.tok(k).is_some_and(|t| {
                matches!(
                    t.kind,
                    Kind::Int(_) | Kind::Str { .. } | Kind::Symbol | Kind::Ident
                )
            })
        };
        // A value, or a constant one level deep (`HttpStatus.OK`), not followed by a call.
        let single = |k: usize| {
            let sep = |j: usize| self.is(j, ".") || self.is(j, "::");
            value(k) && !sep(k + 1) && !self.is(k + 1, "(")
                || value(k)
                    && sep(k + 1)
                    && self.tok(k + 2).is_some_and(|t| t.is_ident())
                    && !sep(k + 3)
                    && !self.is(k + 3, "(")
        };
        let same_level = |a: usize, b: usize| self.parent[a] == self.parent[b];
        let p = self.prev(c.first)?;
        let n = c.last + 1;
        // `cond ? A : B`
        // The other arm's last token (forward) or first token (backward).
        let arm_end = |k: usize| {
            if !single(k) {
                None
            } else if self.is(k + 1, ".") || self.is(k + 1, "::") {
                Some(k + 2)
            } else {
                Some(k)
            }
        };
        let arm_start = |end: usize| {
            let qualified =
                end >= 2 && (self.is(end - 1, ".") || self.is(end - 1, "::")) && single(end - 2);
            if qualified {
                Some(end - 2)
            } else {
                single(end).then_some(end)
            }
        };
        let question = if self.is(p, "?") && self.is(n, ":") {
            arm_end(n + 1).map(|last| (p, last))
        } else if self.is(p, ":") && p >= 2 {
            p.checked_sub(1)
                .and_then(arm_start)
                .and_then(|a| a.checked_sub(1))
                .filter(|&q| self.is(q, "?"))
                .map(|q| (q, c.last))
        } else {
            None
        };
        if let Some((q, last)) = question {
            if !same_level(q, c.first) || !self.ends_value(last + 1) {
                return None;
            }
            // The condition runs back to the start of the expression.
            let mut first = q;
            while let Some(b) = first.checked_sub(1) {
                let t = &self.toks[b];
                let stop = b as u32 == self.parent[q]
                    || self.parent[b] == self.parent[q]
                        && (matches!(
                            t.kind,
                            Kind::Punct("=" | ":=" | "=>" | "," | ";" | ":" | "?" | "{" | "}")
                        ) || matches!(t.text(self.line), "return" | "yield"));
                if stop {
                    break;
                }
                first = b;
            }
            return (first < q).then_some((first, last));
        }
        if self.language == Language::Python {
            // `A if cond else B`
            if self.text(n) == "if" {
                let e = (n + 1..self.toks.len())
                    .find(|&k| self.text(k) == "else" && same_level(k, c.first))?;
                return (single(e + 1) && self.ends_value(e + 2)).then_some((c.first, e + 1));
            }
            if self.text(p) == "else" {
                let i = (0..p)
                    .rev()
                    .find(|&k| self.text(k) == "if" && same_level(k, c.first))?;
                let a = i.checked_sub(1).filter(|&a| single(a))?;
                return self.ends_value(n).then_some((a, c.last));
            }
        }
        if matches!(self.language, Language::Kotlin | Language::Scala) {
            // `if (cond) A else B`
            if self.text(n) == "else" && self.is(p, ")") {
                let open = self.partner[p];
                let start = (open as usize).checked_sub(1)?;
                if open != NONE && self.text(start) == "if" && single(n + 1) {
                    return self.ends_value(n + 2).then_some((start, n + 1));
                }
            }
            if self.text(p) == "else" && p >= 2 && single(p - 1) && self.is(p - 2, ")") {
                let open = self.partner[p - 2];
                let start = (open as usize).checked_sub(1)?;
                if open != NONE && self.text(start) == "if" {
                    return self.ends_value(n).then_some((start, c.last));
                }
            }
        }
        None
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

    /// A line that is one argument of a status call opened on a line above:
    /// `abort(` / `    404,` / `    description="…",` / `)`.
    fn argument_line(&self, c: &Candidate) -> Option<Strength> {
        let alone = self.in_call
            && c.first == 0
            && (c.last + 1 == self.toks.len()
                || (self.is(c.last + 1, ",") || self.is(c.last + 1, ")"))
                    && c.last + 2 >= self.toks.len());
        alone.then_some(Strength::Weak)
    }

    /// A cell of a Go test table's row in its status field: `{"too long", body, 422},`, or an
    /// element of a status-list field: `{"retries", []int{503, 200}, nil},`.
    fn go_row_cell(&self, c: &Candidate) -> Option<Strength> {
        let (index, list, faint) = self.go_rows?;
        if !(100..=599).contains(&c.code) {
            return None;
        }
        let mut cell_open = self.parent[c.first];
        if cell_open == NONE || !self.is(cell_open as usize, "{") {
            return None;
        }
        // The cell itself, or the list literal that is the cell.
        let mut cell_start = c.first;
        if list {
            let list_open = cell_open as usize;
            // `[]int{`: the cell starts at its `[`.
            cell_start = (list_open.saturating_sub(4)..list_open)
                .find(|&k| self.is(k, "[") && self.parent[k] == self.parent[list_open])?;
            cell_open = self.parent[list_open];
            if cell_open == NONE || !self.is(cell_open as usize, "{") {
                return None;
            }
        } else {
            let p = self.prev(c.first)?;
            let whole = (p == cell_open as usize || self.is(p, ","))
                && (self.is(c.last + 1, ",") || self.is(c.last + 1, "}"));
            if !whole {
                return None;
            }
        }
        // The row is a top-level `{` of the line (the table's own braces are on other lines).
        if self.parent[cell_open as usize] != NONE {
            return None;
        }
        let column = (cell_open as usize + 1..cell_start)
            .filter(|&k| self.is(k, ",") && self.parent[k] == cell_open)
            .count();
        if column != index as usize {
            return None;
        }
        if faint {
            self.faint.set(true);
        }
        Some(Strength::Weak)
    }

    /// A cell of a parametrized test row in the status column: `(404, "missing")` under
    /// `parametrize("status, reason", [...])`, or `pytest.param(404, …)`.
    fn status_cell(&self, c: &Candidate) -> Option<Strength> {
        let index = self.columns?;
        if !(100..=599).contains(&c.code) {
            return None;
        }
        let open = self.parent[c.first];
        if open == NONE || !self.is(open as usize, "(") {
            return None;
        }
        let open = open as usize;
        let row = match open.checked_sub(1) {
            None => true,
            Some(b) => matches!(self.text(b), "[" | "," | "param"),
        };
        let p = self.prev(c.first)?;
        let whole = (p == open || self.is(p, ","))
            && (self.is(c.last + 1, ",") || self.partner[open] as usize == c.last + 1);
        if !row || !whole {
            return None;
        }
        let column = (open + 1..c.first)
            .filter(|&k| self.is(k, ",") && self.parent[k] == open as u32)
            .count();
        (column == index as usize).then_some(Strength::Weak)
    }

    /// If this line calls pytest's `parametrize` with a column named for a status, its index;
    /// `PENDING` if the column names are on the next line. `pending` says this line may be
    /// the names.
    fn status_column(&self, pending: bool) -> Option<u8> {
        if self.language != Language::Python {
            return None;
        }
        let header = if pending {
            0
        } else {
            let at = (0..self.toks.len())
                .find(|&k| self.text(k) == "parametrize" && self.is(k + 1, "("))?;
            if at + 2 >= self.toks.len() {
                return Some(PENDING);
            }
            at + 2
        };
        let header = self.tok(header)?.content(self.line)?;
        let index = header.split(',').position(|name| {
            let name = name.trim();
            names::is_status_name(name) || self.is_bare_code_status(name)
        })?;
        u8::try_from(index).ok()
    }

    /// The value a status function returns: `return 404` in its body, or its one-line body
    /// (`def status(_), do: 429`, `fun status() = 404`, `get status() { return 404 }`).
    fn returned_value(&self, c: &Candidate) -> Option<Strength> {
        let p = self.prev(c.first)?;
        if !(self.ends_value(c.last + 1) || self.is(c.last + 1, ";")) {
            return None;
        }
        let here = self.status_function();
        if self.text(p) == "return" && (self.returns || here.is_some()) {
            return Some(Strength::Weak);
        }
        (here == Some(p) || here.is_some_and(|b| self.is(b, "{") && p == b))
            .then_some(Strength::Weak)
    }

    /// If this line defines a function that returns a status, the token where its body starts
    /// (`{`, `=`, `=>`, Python's `:`, Elixir's `do:`). The function is named for a status
    /// (`getStatus`, `status_code`) or declares a status type as its result
    /// (`-> HTTPStatus`, `): HttpStatus`, `public HttpStatus resolve(`).
    fn status_function(&self) -> Option<usize> {
        let keyword = |k: usize| {
            matches!(
                self.text(k),
                "def" | "defp" | "fun" | "func" | "fn" | "function" | "get"
            )
        };
        for k in 0..self.toks.len() {
            if !self.tok(k).is_some_and(|t| t.is_ident()) || !self.is(k + 1, "(") {
                continue;
            }
            let name = self.text(k);
            if matches!(
                name,
                "if" | "while" | "for" | "switch" | "catch" | "match" | "return" | "when"
            ) {
                continue;
            }
            let before = k.checked_sub(1);
            // Go's receiver: `func (e *APIError) StatusCode() int {`.
            let go_method = before.is_some_and(|b| {
                self.is(b, ")")
                    && self.partner[b] != NONE
                    && (self.partner[b] as usize)
                        .checked_sub(1)
                        .is_some_and(|f| self.text(f) == "func")
            });
            let declared = match before {
                None => true,
                Some(b) => {
                    keyword(b)
                        || go_method
                        || self.tok(b).is_some_and(|t| t.is_ident()) && !self.is(b, "new")
                        || self.is(b, ">")
                        || self.is(b, "]")
                }
            };
            let close = self.partner[k + 1];
            if !declared || close == NONE {
                return None;
            }
            let close = close as usize;
            let typed_before = before.is_some_and(|b| is_status_type(self.text(b)));
            // After the parameters: an optional result type, then the body.
            let mut j = close + 1;
            let mut typed_after = false;
            while j < self.toks.len() && j < close + 8 {
                let t = self.text(j);
                if matches!(t, "{" | "=" | "=>") || t == ":" && self.language == Language::Python {
                    break;
                }
                if t == "do" && self.is(j + 1, ":") {
                    j += 1;
                    break;
                }
                if is_status_type(t) {
                    typed_after = true;
                }
                j += 1;
            }
            // C-family definitions may put the brace on the next line: `int f(void)` alone.
            let brace_below = close + 1 == self.toks.len()
                && before.is_some()
                && matches!(
                    self.language,
                    Language::C | Language::Cpp | Language::CSharp | Language::Java
                );
            if j >= self.toks.len() && !typed_after && !brace_below {
                return None;
            }
            // `statusFor(err)`, `http_status_of(e)`: named for the status it computes.
            let n = names::normalize(name);
            let named = names::is_status_name(name)
                || (n.contains("status") || n.contains("httpcode"))
                    && !names::is_excluded(&n)
                    && !names::is_quantity(&n)
                    && !n.contains("text")
                    && !n.contains("message");
            // civetweb's request handlers return the status they sent.
            let civetweb = matches!(self.language, Language::C | Language::Cpp)
                && (k + 2..close).any(|p| self.text(p) == "mg_connection");
            return (named || typed_before || typed_after || civetweb)
                .then_some(j.min(self.toks.len() - 1));
        }
        None
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

    /// Whether `c` is a whole argument of a call: after `(` or `,`, before `,` or `)`.
    fn whole_argument(&self, c: &Candidate) -> Option<usize> {
        let open = self.parent[c.first];
        if open == NONE || !self.is(open as usize, "(") {
            return None;
        }
        let p = self.prev(c.first)?;
        if !(self.is(p, "(") || self.is(p, ",")) {
            return None;
        }
        let n = c.last + 1;
        let ends = n >= self.toks.len() || self.is(n, ",") || self.is(n, ")");
        ends.then_some(open as usize)
    }

    /// The called name before an opening parenthesis, and what receives the call.
    fn callee(&self, open: usize) -> Option<Callee<'a>> {
        let mut n = open.checked_sub(1)?;
        // Rust macros: `assert_eq!(`; generic arguments are not handled.
        if self.is(n, "!") {
            n = n.checked_sub(1)?;
        }
        let name_tok = self.tok(n).filter(|t| t.is_ident())?;
        let name = name_tok.text(self.line);
        let mut receiver = Recv::None;
        if let Some(sep) = n.checked_sub(1)
            && (self.is(sep, ".") || self.is(sep, "::") || self.is(sep, "->") || self.is(sep, "?."))
        {
            receiver = match sep.checked_sub(1) {
                Some(r) if self.tok(r).is_some_and(|t| t.is_ident()) => Recv::Ident(self.text(r)),
                Some(r) if self.is(r, ")") => {
                    let o = self.partner[r];
                    match (o != NONE).then(|| self.callee(o as usize)).flatten() {
                        Some(inner) => Recv::Call(inner.name),
                        None => Recv::Other,
                    }
                }
                _ => Recv::Other,
            };
        }
        Some(Callee {
            name,
            receiver,
            at: n,
        })
    }

    fn is_status_call(&self, callee: &Callee<'_>) -> bool {
        if idioms::is_context_writer(callee.name)
            && matches!(callee.receiver, Recv::Ident(r) if names::is_context_name(r))
        {
            return true;
        }
        idioms::STATUS_CALLS.iter().any(|call| {
            call.name == callee.name
                && (call.languages.is_empty() || call.languages.contains(&self.language))
                && match call.receiver {
                    Receiver::Any => true,
                    Receiver::Named(list) => {
                        matches!(callee.receiver, Recv::Ident(r) if list.contains(&r))
                    }
                    Receiver::Response => match callee.receiver {
                        Recv::Ident(r) => names::is_response_name(r),
                        Recv::Call(name) => names::is_response_name(name),
                        _ => false,
                    },
                    Receiver::Context => {
                        matches!(callee.receiver, Recv::Ident(r) if names::is_context_name(r))
                    }
                    Receiver::CallResult(list) => {
                        matches!(callee.receiver, Recv::Call(r) if list.contains(&r))
                    }
                    Receiver::Method => !matches!(callee.receiver, Recv::None),
                    Receiver::Chained => matches!(callee.receiver, Recv::Other),
                    Receiver::Bare => matches!(callee.receiver, Recv::None),
                }
        }) || matches!(callee.receiver, Recv::Call(r) if idioms::STATUS_BUILDERS.contains(&r))
            && matches!(self.language, Language::Php)
    }

    /// `abort(404)`, `http.Error(w, msg, 500)`, `assertEquals(200, resp.getStatus())`,
    /// `expect(res.status).toBe(200)`, and Ruby's `head 204`.
    fn call_argument(&self, c: &Candidate) -> Option<Strength> {
        if let Some(open) = self.whole_argument(c) {
            let callee = self.callee(open)?;
            // PHP's `header('Location: /x', true, 301)`; `->header('Retry-After', '120')` is not.
            if callee.name == "header" && c.form == Form::Quoted {
                return None;
            }
            if self.is_status_call(&callee) {
                return Some(Strength::Strong);
            }
            if idioms::VALUE_MATCHERS.contains(&callee.name)
                && matches!(callee.receiver, Recv::None)
            {
                // `expect(res.statusCode, equals(404))`: the matcher stands where its value would.
                let close = self.partner[open];
                if close != NONE {
                    let wrapper = Candidate {
                        first: callee.at,
                        last: close as usize,
                        ..*c
                    };
                    if let Some(strength) = self.call_argument(&wrapper) {
                        return Some(strength);
                    }
                }
                // Spring's Kotlin DSL: `status { isEqualTo(404) }`,
                // `jsonPath("$.status") { value(404) }`.
                let block = self.parent[callee.at];
                let about_status = |b: usize| {
                    if self.status_expression_ending_at(b) {
                        return true;
                    }
                    // `jsonPath("$.status") {`: a chain start given a status.
                    let open = self.partner[b];
                    self.is(b, ")")
                        && open != NONE
                        && b > open as usize + 1
                        && self
                            .callee(open as usize)
                            .is_some_and(|c| idioms::CHAIN_STARTS.contains(&c.name))
                        && self.status_expression_ending_at(b - 1)
                };
                if block != NONE
                    && self.is(block as usize, "{")
                    && (block as usize).checked_sub(1).is_some_and(about_status)
                {
                    return Some(Strength::Strong);
                }
            }
            // C++ constructs as it declares: `crow::response res(201);`.
            if self.language == Language::Cpp
                && matches!(callee.receiver, Recv::None)
                && open + 1 == c.first
                && callee.at >= 1
                && names::normalize(self.text(callee.at - 1)).ends_with("response")
            {
                return Some(Strength::Strong);
            }
            if idioms::NEVER_STATUS_CALLS.contains(&callee.name) {
                return None;
            }
            if self.chain_is_about_status(callee.at) {
                return Some(Strength::Strong);
            }
            if self.other_argument_is_status(open, c) {
                return Some(Strength::Weak);
            }
            if self.helper_argument(open, &callee, c) {
                return Some(Strength::Weak);
            }
            return None;
        }
        if self.spec.command_calls {
            return self.command_argument(c);
        }
        None
    }

    /// A project's own helper that takes a status: `stub_status(404)`, `deny(503, "…")`, or any
    /// call that passes a response along with the number (`writeJSON(w, 400, v)`,
    /// `json_error(res, 404, "…")`). Only codes in 100–599 count here.
    fn helper_argument(&self, open: usize, callee: &Callee<'_>, c: &Candidate) -> bool {
        if !(100..=599).contains(&c.code) || c.form == Form::Constant {
            return false;
        }
        if names::is_status_helper_name(callee.name) {
            return true;
        }
        // The argument before is a response or a request context.
        let p = c.first - 1;
        if self.is(p, ",") && p >= 1 && p - 1 > open {
            let before = self.text(p - 1);
            let lone = self.tok(p - 2).is_some_and(|t| t.is("(") || t.is(","));
            if lone
                && (names::is_response_name(before) && before != "r"
                    || names::is_context_name(before)
                    || before == "conn")
            {
                return true;
            }
        }
        false
    }

    /// Ruby's paren-less calls: `head 204`, `halt 404, "gone"`, `status 201`, `.to eq 200`.
    fn command_argument(&self, c: &Candidate) -> Option<Strength> {
        let n = c.last + 1;
        if !(self.ends_value(n)
            || self
                .tok(n)
                .is_some_and(|t| matches!(t.kind, Kind::Str { .. })))
        {
            return None;
        }
        let mut p = self.prev(c.first)?;
        // `halt 404, "gone"` and `redirect "/x", 301`: walk back over the earlier arguments.
        let mut args = 0;
        while self.is(p, ",") && args < 4 {
            let before = self.prev(p)?;
            let t = self.tok(before)?;
            if !matches!(
                t.kind,
                Kind::Str { .. } | Kind::Int(_) | Kind::Symbol | Kind::Ident
            ) {
                return None;
            }
            p = self.prev(before)?;
            args += 1;
        }
        let t = self.tok(p).filter(|t| t.is_ident())?;
        let name = t.text(self.line);
        if t.end as usize == self.toks.get(p + 1).map_or(0, |n| n.start as usize) {
            return None; // `foo(`-style calls are handled elsewhere; `a-404` is arithmetic
        }
        let callee = Callee {
            name,
            receiver: match p.checked_sub(1) {
                Some(s) if self.is(s, ".") => Recv::Other,
                _ => Recv::None,
            },
            at: p,
        };
        if self.is_status_call(&callee)
            && matches!(
                name,
                "head" | "halt" | "status" | "error" | "error!" | "redirect" | "assert_response"
            )
        {
            return Some(Strength::Strong);
        }
        if idioms::RUBY_MATCHERS.contains(&name) {
            // `.to eq 200`: the chain runs through `to`.
            let at = match p.checked_sub(1) {
                Some(to) if matches!(self.text(to), "to" | "not_to" | "to_not") => to,
                _ => p,
            };
            if self.chain_is_about_status(at) {
                return Some(Strength::Strong);
            }
        }
        None
    }

    /// Whether the call whose name is at `at` continues a chain about a status:
    /// `expect(res.status).toBe(…)`, `assertThat(r.getStatusCode()).isEqualTo(…)`,
    /// `res.status.should.equal(…)`, `when(resp.getStatus()).thenReturn(…)`.
    fn chain_is_about_status(&self, at: usize) -> bool {
        let mut i = at;
        // RSpec: `expect(x).to eq(200)`, `.not_to be(503)`.
        if let Some(to) = i.checked_sub(1)
            && matches!(self.text(to), "to" | "not_to" | "to_not")
        {
            i = to;
        }
        for _ in 0..12 {
            let Some(sep) = i.checked_sub(1) else {
                return false;
            };
            if !(self.is(sep, ".") || self.is(sep, "?.")) {
                return false;
            }
            let Some(before) = sep.checked_sub(1) else {
                return false;
            };
            if self.is(before, ")") {
                let open = self.partner[before];
                if open == NONE {
                    return false;
                }
                let open = open as usize;
                if let Some(callee) = self.callee(open)
                    && idioms::CHAIN_STARTS.contains(&callee.name)
                    && before > open + 1
                    && (self.status_expression_ending_at(before - 1)
                        || self.first_argument_is_status(open, before))
                {
                    return true;
                }
                // WebTestClient's `.expectStatus().isEqualTo(202)`.
                if let Some(callee) = self.callee(open)
                    && before == open + 1
                    && names::is_status_name(callee.name)
                {
                    return true;
                }
                match self.callee(open) {
                    Some(callee) => i = callee.at,
                    // `((int)resp.StatusCode).Should().Be(409)`: a parenthesised status.
                    None => {
                        return before > open + 1 && self.status_expression_ending_at(before - 1);
                    }
                }
            } else if self.tok(before).is_some_and(|t| t.is_ident()) {
                let word = self.text(before);
                if matches!(word, "should" | "Should" | "must")
                    && before >= 2
                    && self.status_expression_ending_at(before - 2)
                {
                    return true;
                }
                if self.status_expression_ending_at(before)
                    && matches!(self.text(at), "should" | "Should")
                {
                    return true;
                }
                i = before;
            } else {
                return false;
            }
        }
        false
    }

    /// Whether the first argument of the call opened at `open` (and closed at `close`) is a
    /// status: Playwright's `expect(res.status(), 'message')`.
    fn first_argument_is_status(&self, open: usize, close: usize) -> bool {
        (open + 1..close)
            .find(|&k| self.is(k, ",") && self.parent[k] == open as u32)
            .is_some_and(|comma| comma > open + 1 && self.status_expression_ending_at(comma - 1))
    }

    /// `assertEquals(200, resp.getStatus())`: another whole argument of the same call is a status.
    fn other_argument_is_status(&self, open: usize, c: &Candidate) -> bool {
        let close = self.partner[open];
        let end = if close == NONE {
            self.toks.len()
        } else {
            close as usize
        };
        let mut arg_end = open + 1;
        while arg_end < end {
            // Find the end of this argument: the next `,` at this depth.
            let mut j = arg_end;
            while j < end && !(self.is(j, ",") && self.parent[j] == open as u32) {
                j += 1;
            }
            if j > arg_end
                && !(arg_end <= c.first && c.last < j)
                && self.status_expression_ending_at(j - 1)
            {
                return true;
            }
            arg_end = j + 1;
        }
        false
    }

    /// Whether the expression ending at token `end` names a status: `status`, `res.statusCode`,
    /// `resp.status()`, `r.status_code`, `w.Code`, `resp.status().as_u16()`, `"$http_code"`.
    fn status_expression_ending_at(&self, end: usize) -> bool {
        let mut i = end;
        // Postfix noise: `res.status!`, `statusCode?`.
        while self.is(i, "!") || self.is(i, "?") {
            match i.checked_sub(1) {
                Some(p) => i = p,
                None => return false,
            }
        }
        let Some(t) = self.tok(i) else {
            return false;
        };
        match t.kind {
            Kind::Ident => {
                let name = t.text(self.line);
                if self.is_status_name(name) {
                    return true;
                }
                if names::is_value_accessor(name) && self.receiver_is_status(i, name) {
                    return true;
                }
                self.is_bare_code_status(name)
            }
            Kind::Punct(")") => {
                let open = self.partner[i];
                if open == NONE {
                    return false;
                }
                let Some(callee) = self.callee(open as usize) else {
                    return false;
                };
                if self.is_status_name(callee.name) {
                    // `status(result)` in Play, `getStatus()`; not `sleep(status)`.
                    return true;
                }
                names::is_value_accessor(callee.name)
                    && self.receiver_is_status(callee.at, callee.name)
                    || self.is_bare_code_status(callee.name)
            }
            Kind::Punct("]") => {
                // `data["status_code"]`, `$row['status']`.
                let open = self.partner[i];
                open != NONE
                    && open as usize + 2 == i
                    && self
                        .tok(i - 1)
                        .and_then(|t| t.content(self.line))
                        .is_some_and(|k| self.is_status_name(k))
            }
            Kind::Punct("}") => {
                // Caddy and shell placeholders: `{http.error.status_code}`, `${status}`.
                i.checked_sub(1)
                    .is_some_and(|p| self.status_expression_ending_at(p))
            }
            Kind::Str { .. } => {
                // Shell: `"$http_code"`, `"${status}"`.
                let content = t.content(self.line).unwrap_or("");
                let var = content
                    .strip_prefix("${")
                    .and_then(|v| v.strip_suffix('}'))
                    .or_else(|| content.strip_prefix('$'));
                if var.is_some_and(|v| {
                    v.chars().all(|c| c.is_alphanumeric() || c == '_') && self.is_status_name(v)
                }) {
                    return true;
                }
                // A JSON path to a status: `jsonPath("$.status")`, `"$.error.statusCode"`.
                if let Some(path) = content.strip_prefix("$.")
                    && let Some(last) = path.rsplit('.').next()
                    && last.chars().all(|c| c.is_alphanumeric() || c == '_')
                    && self.is_status_name(last)
                {
                    return true;
                }
                // A command substitution that prints a status: `"$(curl -w '%{http_code}' …)"`,
                // `"$(status_of "$url")"`.
                // Quotes inside split it: `"$(status_of "` `$URL` `")"`.
                let opening = if content.starts_with(')') {
                    (i.saturating_sub(12)..i).rev().find_map(|k| {
                        self.tok(k)
                            .and_then(|t| t.content(self.line))
                            .filter(|c| c.starts_with("$("))
                    })
                } else {
                    Some(content)
                };
                opening
                    .and_then(|c| c.strip_prefix("$("))
                    .is_some_and(|command| {
                        command.contains("%{http_code}")
                            || command.contains("%{response_code}")
                            || command.split_whitespace().next().is_some_and(|word| {
                                let n = names::normalize(word);
                                n.contains("status") && !names::is_excluded(&n)
                            })
                    })
            }
            _ => false,
        }
    }

    fn is_status_name(&self, name: &str) -> bool {
        if names::is_status_name(name) {
            return true;
        }
        // CloudFront's and API Gateway's `"ErrorCode": 404` in configuration.
        if matches!(self.language, Language::Json) && names::normalize(name) == "errorcode" {
            return true;
        }
        self.spec.code_is_status && names::normalize(name) == "code"
    }

    /// A bare `code` (or `code()`) in a file that talks HTTP; the decision is faint.
    fn is_bare_code_status(&self, name: &str) -> bool {
        let yes = self.evidence.code_is_http_status() && names::normalize(name) == "code";
        if yes {
            self.faint.set(true);
        }
        yes
    }

    /// For `x.code`, `x.value`, `x.as_u16()` at `i`: whether `x` is a status (or, for `code`, a
    /// response: `res.code`, `w.Code`).
    fn receiver_is_status(&self, i: usize, accessor: &str) -> bool {
        let Some(sep) = i.checked_sub(1) else {
            return false;
        };
        if !(self.is(sep, ".") || self.is(sep, "?.") || self.is(sep, "->") || self.is(sep, "::")) {
            return false;
        }
        let Some(r) = sep.checked_sub(1) else {
            return false;
        };
        if self.status_expression_ending_at(r) {
            return true;
        }
        if matches!(accessor, "code" | "Code") {
            // In a file that also talks SMTP or SIP, `response.code` may be theirs.
            if self.evidence.other_protocol {
                self.faint.set(true);
            }
            return match self.tok(r) {
                Some(t) if t.is_ident() => names::is_response_name(t.text(self.line)),
                Some(t) if t.is(")") => {
                    let open = self.partner[r];
                    open != NONE
                        && self
                            .callee(open as usize)
                            .is_some_and(|c| names::is_response_name(c.name))
                }
                _ => false,
            };
        }
        false
    }

    /// `status_code=404`, `status: 404`, `ctx.status = 404`, `'status' => 404`, `NOT_FOUND = 404`,
    /// `type Ok = 200 | 201`, `@ApiResponse(code = 404)`.
    fn keyword_value(&self, c: &Candidate) -> Option<Strength> {
        // Members of a union: `200 | 201 | 204`.
        let mut first = c.first;
        // (TypeScript unions may mix in type names: `ClientErrorStatus | 500`.)
        while let Some(p) = self.prev(first)
            && self.is(p, "|")
            && p >= 1
            && self
                .tok(p - 1)
                .is_some_and(|t| matches!(t.kind, Kind::Int(_) | Kind::Str { .. } | Kind::Ident))
        {
            first = p - 1;
        }
        if !self.ends_value(c.last + 1) {
            return None;
        }
        let op = self.prev(first)?;
        if !matches!(self.text(op), "=" | ":" | "=>" | ":=") {
            return None;
        }
        let mut key = self.prev(op)?;
        // `status: int = 200`, `let status: u16 = 200`.
        if self.is(op, "=")
            && key >= 2
            && self.is(key - 1, ":")
            && self.tok(key).is_some_and(|t| t.is_ident())
        {
            key -= 2;
        }
        let key_tok = self.tok(key)?;
        let name = match key_tok.kind {
            Kind::Ident => key_tok.text(self.line),
            Kind::Str { .. } => key_tok.content(self.line)?,
            Kind::Symbol => key_tok.text(self.line).trim_start_matches(':'),
            _ => return None,
        };
        let open = self.parent[c.first];
        let in_status_call = open != NONE
            && self.is(open as usize, "(")
            && self
                .callee(open as usize)
                .is_some_and(|callee| self.is_status_call(&callee));
        if in_status_call
            && matches!(
                names::normalize(name).as_str(),
                "code" | "status" | "statuscode" | "responsecode"
            )
        {
            return Some(Strength::Strong);
        }
        if self.is_status_name(name) {
            return Some(if in_status_call {
                Strength::Strong
            } else {
                Strength::Weak
            });
        }
        // `{ code: 404, message: "…" }` in an API's error body.
        if self.is_bare_code_status(name) {
            return Some(Strength::Weak);
        }
        // TypeScript: `type RedirectCode = 301 | 302`, `type Ok = 200 | 201`.
        if key >= 1 && self.text(key - 1) == "type" {
            let n = names::normalize(name);
            if n.contains("status") || n.contains("code") || names::code_of_name(name).is_some() {
                return Some(Strength::Weak);
            }
        }
        // Definitions of codes by name: `NOT_FOUND = 404`, `StatusTeapot = 418` (the name must
        // agree with the value: `ok: 250` is SMTP), `GW_HTTP_INTERNAL_ERROR = 500`.
        // In a file about SIP or SMTP, a bare reason name (`OK: 200`) is that protocol's.
        if matches!(c.form, Form::Number)
            && (names::code_of_name(name) == Some(c.code) && !self.evidence.other_protocol
                || names::is_status_definition_name(name) && (100..=599).contains(&c.code))
        {
            return Some(Strength::Weak);
        }
        None
    }

    /// `resp.StatusCode == 200`, `200 === res.status`, `[ "$code" -eq 200 ]`, `status shouldBe 200`.
    fn comparison(&self, c: &Candidate) -> Option<Strength> {
        let is_equality = |i: usize| {
            self.tok(i).is_some_and(|t| match t.kind {
                Kind::Punct(p) => matches!(p, "==" | "===" | "!=" | "!==" | "=~" | "~="),
                Kind::Ident => {
                    idioms::INFIX_MATCHERS.contains(&t.text(self.line))
                        || (matches!(self.language, Language::Python | Language::CSharp)
                            && t.text(self.line) == "is")
                }
                _ => false,
            })
        };
        // C# patterns: `code is 301 or 308`.
        let mut first = c.first;
        if self.language == Language::CSharp {
            while first >= 2
                && matches!(self.text(first - 1), "or" | "and")
                && self
                    .tok(first - 2)
                    .is_some_and(|t| matches!(t.kind, Kind::Int(_)))
            {
                first -= 2;
            }
        }
        // Value on the right: `x == 200`.
        if let Some(op) = self.prev(first)
            && is_equality(op)
            && self.ends_value(c.last + 1)
            && op >= 1
            && self.status_expression_ending_at(op - 1)
        {
            return Some(Strength::Weak);
        }
        // A default: `err.status || 500`, `e.statusCode ?? 500`.
        if let Some(op) = self.prev(c.first)
            && (self.is(op, "||") || self.is(op, "??") || self.text(op) == "or")
            && self.ends_value(c.last + 1)
            && op >= 1
            && self.status_expression_ending_at(op - 1)
        {
            return Some(Strength::Weak);
        }
        // Shell `[ "$code" = 200 ]` and `test`: a single `=` compares.
        if self.language == Language::Shell
            && let Some(op) = self.prev(c.first)
            && self.is(op, "=")
            && op >= 1
            && self.status_expression_ending_at(op - 1)
        {
            return Some(Strength::Weak);
        }
        // Value on the left: `200 == resp.status`.
        let op = c.last + 1;
        if is_equality(op) {
            let before_ok = match self.prev(c.first) {
                None => true,
                Some(p) => self.tok(p).is_some_and(|t| match t.kind {
                    Kind::Punct(p) => matches!(p, "(" | "&&" | "||" | "," | "!" | "[" | "{"),
                    Kind::Ident => matches!(
                        t.text(self.line),
                        "if" | "elif"
                            | "while"
                            | "assert"
                            | "return"
                            | "and"
                            | "or"
                            | "not"
                            | "unless"
                    ),
                    _ => false,
                }),
            };
            if before_ok
                && let Some(end) = self.expression_end(op + 1)
                && self.status_expression_ending_at(end)
            {
                return Some(Strength::Weak);
            }
        }
        None
    }

    /// The last token of the member chain starting at `i`: `res.status`, `resp.status().as_u16()`.
    fn expression_end(&self, i: usize) -> Option<usize> {
        let mut j = i;
        let mut end = None;
        while let Some(t) = self.tok(j) {
            match t.kind {
                Kind::Ident | Kind::Str { .. } => {
                    end = Some(j);
                    j += 1;
                }
                Kind::Punct("." | "?." | "::" | "->" | "!" | "?") => j += 1,
                Kind::Punct("(" | "[") => {
                    let close = self.partner[j];
                    if close == NONE {
                        return end;
                    }
                    end = Some(close as usize);
                    j = close as usize + 1;
                }
                _ => break,
            }
        }
        end
    }

    /// `status in (200, 201)`, `[200, 201].includes(res.status)`, `in_array($status, [204, 304])`,
    /// `listOf(200, 201).contains(code)`.
    fn membership(&self, c: &Candidate) -> Option<Strength> {
        let open = self.parent[c.first];
        if open == NONE {
            return None;
        }
        let open = open as usize;
        let p = self.prev(c.first)?;
        if !(p == open || self.is(p, ","))
            || !(self.is(c.last + 1, ",") || self.partner[open] == (c.last + 1) as u32)
        {
            return None;
        }
        let close = self.partner[open];
        if self.status_named_collection(open) {
            return Some(Strength::Weak);
        }
        // Before: `status in (…)` / `status not in […]`.
        if let Some(kw) = open.checked_sub(1)
            && self.text(kw) == "in"
        {
            let mut subject = kw.checked_sub(1)?;
            if self.text(subject) == "not" {
                subject = subject.checked_sub(1)?;
            }
            if self.status_expression_ending_at(subject) {
                return Some(Strength::Weak);
            }
        }
        // `in_array($status, [204, 304])`: the collection is an argument beside a status.
        if self.is(open, "[") || self.is(open, "(") {
            let outer = self.parent[open];
            if outer != NONE
                && self.is(outer as usize, "(")
                && self.callee(outer as usize).is_some_and(|c| {
                    matches!(c.name, "in_array" | "Contains" | "contains" | "includes")
                })
                && self.other_argument_is_status(
                    outer as usize,
                    &Candidate {
                        first: open,
                        last: close as usize,
                        code: 0,
                        form: Form::Number,
                        digits: None,
                    },
                )
            {
                return Some(Strength::Weak);
            }
        }
        // `expect([200, 304]).toContain(res.status())`: the collection is what is expected.
        if close != NONE && self.is(open, "[") {
            let close = close as usize;
            let outer = self.parent[open];
            if outer != NONE
                && open == outer as usize + 1
                && self.partner[outer as usize] as usize == close + 1
                && self
                    .callee(outer as usize)
                    .is_some_and(|c| c.name == "expect")
                && self.is(close + 2, ".")
                && matches!(
                    self.text(close + 3),
                    "toContain" | "toInclude" | "toBeOneOf"
                )
                && self.is(close + 4, "(")
            {
                let call_close = self.partner[close + 4];
                if call_close != NONE
                    && call_close as usize > close + 5
                    && self.status_expression_ending_at(call_close as usize - 1)
                {
                    return Some(Strength::Weak);
                }
            }
        }
        // After: `[…].includes(status)`, `listOf(…).contains(status)`.
        if close != NONE {
            let close = close as usize;
            let is_collection = self.is(open, "[")
                || self.is(open, "{")
                || (self.is(open, "(")
                    && self
                        .callee(open)
                        .is_some_and(|c| idioms::COLLECTION_CALLS.contains(&c.name)));
            if is_collection
                && self.is(close + 1, ".")
                && idioms::MEMBERSHIP_METHODS.contains(&self.text(close + 2))
                && self.is(close + 3, "(")
            {
                let call_close = self.partner[close + 3];
                if call_close != NONE
                    && call_close as usize > close + 4
                    && self.status_expression_ending_at(call_close as usize - 1)
                {
                    return Some(Strength::Weak);
                }
            }
        }
        None
    }

    /// `RETRYABLE = {408, 429, 503}`, `const RETRY_ON = [502, 503, 504]`: a literal collection of
    /// two or more three-digit codes in 100–599, bound to a name about statuses or retries.
    fn status_named_collection(&self, open: usize) -> bool {
        let close = self.partner[open];
        if close == NONE || !(self.is(open, "[") || self.is(open, "{") || self.is(open, "(")) {
            return false;
        }
        let close = close as usize;
        let mut count = 0;
        for k in open + 1..close {
            let t = &self.toks[k];
            match t.kind {
                Kind::Punct(",") => {}
                Kind::Int(v) if (100..=599).contains(&v) && t.end - t.start == 3 => count += 1,
                _ => return false,
            }
        }
        let key = open
            .checked_sub(2)
            .filter(|&k| matches!(self.text(k + 1), "=" | ":"))
            .map(|k| self.text(k));
        // One code is enough under a status-list name: `emptyResponseCodes: [204]`.
        if count < 2 && !(count == 1 && key.is_some_and(names::is_status_list_name)) {
            return false;
        }
        let Some(mut op) = open.checked_sub(1) else {
            return false;
        };
        // A literal handed to a constructor: `new Set([502, 503])`, `frozenset({502, 503})`.
        if !self.is(open, "(")
            && self.is(op, "(")
            && self.partner[op] as usize == close + 1
            && self
                .callee(op)
                .is_some_and(|c| idioms::COLLECTION_CALLS.contains(&c.name))
        {
            op = self.callee(op).map_or(op, |c| c.at);
            if op >= 1 && self.text(op - 1) == "new" {
                op -= 1;
            }
            let Some(before) = op.checked_sub(1) else {
                return false;
            };
            op = before;
        }
        // A collection built by a call: `Set.of(502, 503)`, `frozenset((…))`, `listOf(…)`.
        if self.is(open, "(")
            && let Some(callee) = self.callee(open)
            && idioms::COLLECTION_CALLS.contains(&callee.name)
        {
            op = callee.at;
            while op >= 2 && (self.is(op - 1, ".") || self.is(op - 1, "::")) {
                op -= 2;
            }
            let Some(before) = op.checked_sub(1) else {
                return false;
            };
            op = before;
        }
        // Bound to a name, or compared with one: `assert RETRYABLE == {429, 503}`.
        if !matches!(self.text(op), "=" | ":=" | ":" | "==") {
            return false;
        }
        let n = names::normalize(op.checked_sub(1).map_or("", |k| self.text(k)));
        !names::is_excluded(&n)
            && !names::is_quantity(&n)
            && [
                "retry", "status", "code", "http", "error", "success", "redirect",
            ]
            .iter()
            .any(|w| n.contains(w))
    }

    /// An arm of a `switch`/`match`/`case`/`when` on a status: `case 404:`, `404 =>`, `when "200"`.
    fn subject_arm(&self, c: &Candidate) -> Option<Strength> {
        let faint = self.subject?;
        if faint {
            self.faint.set(true);
        }
        for j in 0..c.first {
            let t = &self.toks[j];
            // Part of a qualified arm (`case HttpStatus.OK`), not the `.` of the value itself
            // (`return .notFound` is a body line, not an arm).
            let chained = |k: usize| {
                k + 1 < c.first && (self.is(k + 1, ".") || self.is(k + 1, "::"))
                    || k >= 1 && (self.is(k - 1, ".") || self.is(k - 1, "::"))
            };
            let ok = match t.kind {
                Kind::Ident => matches!(t.text(self.line), "case" | "when" | "in") || chained(j),
                // (`case 502: case 504:` puts two arms on a line.)
                Kind::Punct(p) => matches!(p, "|" | "," | "." | "::" | ":"),
                Kind::Int(_) | Kind::Str { .. } => true,
                _ => false,
            };
            if !ok {
                return None;
            }
        }
        let next = self.tok(c.last + 1);
        let ok = match next {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct(p) => matches!(p, ":" | "=>" | "->" | "," | "|" | ")"),
                Kind::Ident => matches!(t.text(self.line), "then" | "if"),
                _ => false,
            },
        };
        ok.then_some(Strength::Weak)
    }

    /// `{404: "Not Found"}`, `404 => 'Not Found'`, `{404, "Not Found"}`, `case 404: return "Not Found"`,
    /// `[404] = "Not Found"`.
    fn table_key(&self, c: &Candidate) -> Option<Strength> {
        if c.form != Form::Number && c.form != Form::Quoted {
            return None;
        }
        let before_ok = match self.prev(c.first) {
            None => true,
            Some(p) => {
                matches!(self.text(p), "{" | "," | "[" | "(" | "case" | "when")
            }
        };
        if !before_ok {
            return None;
        }
        let mut j = c.last + 1;
        if self.is(j, "]") {
            j += 1;
        }
        let separator = match self.text(j) {
            ":" | "=>" | "->" | "," | "=" => true,
            ")" => c.first == 0,
            _ => false,
        };
        if !separator {
            return None;
        }
        for k in j + 1..(j + 4).min(self.toks.len()) {
            if let Some(content) = self.tok(k).and_then(|t| t.content(self.line)) {
                return names::code_of_phrase(content).map(|_| Strength::Weak);
            }
        }
        None
    }

    /// Flask's `return body, 201`, Rack's `[200, headers, body]`, C#'s `(HttpStatusCode)404`,
    /// C's `#define HTTP_NOT_FOUND 404`, a test case pairing a path with its status
    /// (`("/teapot", 418)`), an index into a status table (`STATUS_TEXT[404]`), and a shell
    /// helper (`expect_status 200 /healthz`).
    fn special_shapes(&self, c: &Candidate, prev: Option<usize>, next: usize) -> Option<Strength> {
        if self.path_pair(c) || self.status_table_index(c) || self.shell_helper(c) {
            return Some(Strength::Weak);
        }
        let prev = prev?;
        if self.spec.return_tuple
            && self.is(prev, ",")
            && self.parent[c.first] == NONE
            && (next >= self.toks.len() || self.is(next, ",") || self.is(next, ";"))
            && self.text(0) == "return"
        {
            let commas = (1..c.first)
                .filter(|&j| self.is(j, ",") && self.parent[j] == NONE)
                .count();
            if commas == 1 {
                return Some(Strength::Weak);
            }
        }
        if self.spec.command_calls
            && self.is(prev, "[")
            && self.is(next, ",")
            && (self.is(next + 1, "{") || names::normalize(self.text(next + 1)).contains("header"))
        {
            return Some(Strength::Weak);
        }
        // C++: `static_cast<HTTPResponse::HTTPStatus>(502)`.
        if matches!(self.language, Language::Cpp)
            && self.is(prev, "(")
            && prev >= 1
            && self.is(prev - 1, ">")
            && self.is(next, ")")
        {
            let cast = (prev.saturating_sub(8)..prev - 1)
                .rev()
                .find(|&k| self.text(k) == "static_cast");
            if cast.is_some_and(|k| (k..prev).any(|t| self.text(t).contains("Status"))) {
                return Some(Strength::Strong);
            }
        }
        // Lua plugins (APISIX, Kong) return a status and a body: `return 401, {message = …}`.
        if self.language == Language::Lua
            && self.text(prev) == "return"
            && self.is(next, ",")
            && matches!(self.text(next + 1), "{")
            && (100..=599).contains(&c.code)
        {
            return Some(Strength::Weak);
        }
        if self.spec.casts
            && self.is(prev, ")")
            && prev >= 2
            && self.is(prev - 2, "(")
            && matches!(self.text(prev - 1), "HttpStatusCode" | "HttpStatus")
        {
            return Some(Strength::Strong);
        }
        if self.spec.defines
            && prev >= 2
            && self.text(prev - 1) == "define"
            && self.is(prev - 2, "#")
            && (names::code_of_name(self.text(prev)).is_some()
                || self.is_status_name(self.text(prev))
                || names::is_status_definition_name(self.text(prev)))
            && next >= self.toks.len()
        {
            return Some(Strength::Weak);
        }
        None
    }

    /// `("/items/legacy", 301)`, `['/teapot', 418]`, `[InlineData("/gone", 410)]`,
    /// `"/v2/ping": (204, Data())`: a URL path beside a lone number in a tuple, array or
    /// argument list is a test case's expected status.
    fn path_pair(&self, c: &Candidate) -> bool {
        if !(100..=599).contains(&c.code) || c.digits != Some(3) {
            return false;
        }
        let open = self.parent[c.first];
        if open == NONE || !(self.is(open as usize, "(") || self.is(open as usize, "[")) {
            return false;
        }
        let open = open as usize;
        let lone = self
            .prev(c.first)
            .is_some_and(|p| p == open || self.is(p, ","))
            && (self.is(c.last + 1, ",") || self.partner[open] as usize == c.last + 1);
        if !lone {
            return false;
        }
        let close = match self.partner[open] {
            NONE => self.toks.len(),
            close => close as usize,
        };
        let is_path = |k: usize| {
            self.tok(k)
                .and_then(|t| t.content(self.line))
                .is_some_and(|s| s.starts_with('/') && !s.starts_with("//") && s.len() > 1)
        };
        let inside = (open + 1..close).any(|k| self.parent[k] == open as u32 && is_path(k));
        // Or the tuple is the value of a path key: `"/v2/ping": (204, Data())`.
        let keyed = open >= 2 && self.is(open - 1, ":") && is_path(open - 2);
        inside || keyed
    }

    /// `STATUS_TEXT[404]`, `http.STATUS_CODES[404]`, `responses[404]`.
    fn status_table_index(&self, c: &Candidate) -> bool {
        let open = self.parent[c.first] as usize;
        if self.parent[c.first] == NONE
            || !self.is(open, "[")
            || open + 1 != c.first
            || !self.is(c.last + 1, "]")
            || c.digits != Some(3)
        {
            return false;
        }
        let Some(name) = open
            .checked_sub(1)
            .and_then(|n| self.tok(n))
            .filter(|t| t.is_ident())
        else {
            return false;
        };
        let n = names::normalize(name.text(self.line));
        (n.contains("status") || n.contains("reason") || n == "responses")
            && !names::is_excluded(&n)
    }

    /// Shell: `expect_status 200 /healthz`, a command named for a status, and
    /// `check /old-page 301 /new-page`, a command pairing a URL path with a code.
    fn shell_helper(&self, c: &Candidate) -> bool {
        if self.language != Language::Shell || c.digits != Some(3) || !(100..=599).contains(&c.code)
        {
            return false;
        }
        let Some(command) = self.tok(0).filter(|t| t.is_ident()) else {
            return false;
        };
        let spaced = |at: usize| {
            self.line[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace)
        };
        let t = &self.toks[c.first];
        let alone = spaced(t.start as usize)
            && self.line[t.end as usize..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if !alone || c.first == 0 {
            return false;
        }
        let command_name = command.text(self.line);
        if c.first == 1
            && (names::is_status_helper_name(command_name) || names::is_status_name(command_name))
        {
            return true;
        }
        // A word before it that starts with `/`: a path argument.
        let path_before =
            (1..c.first).any(|k| self.toks[k].is("/") && spaced(self.toks[k].start as usize));
        let one_command = (1..c.first)
            .all(|k| !matches!(self.toks[k].kind, Kind::Punct("|" | "&&" | ";" | "=" | ">")));
        path_before && one_command
    }

    /// `"custom-http-errors": "404,503"`: every number in a quoted list under a status-list key.
    fn quoted_list(&self, i: usize, found: &mut Vec<StatusLiteral>) {
        let Some(t) = self.tok(i) else { return };
        let Some(content) = t.content(self.line) else {
            return;
        };
        if !content.contains(',')
            || !content
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b' ')
        {
            return;
        }
        let Some(op) = self.prev(i) else { return };
        if !matches!(self.text(op), ":" | "=" | "=>") {
            return;
        }
        let key = op.checked_sub(1).and_then(|k| self.tok(k));
        let name = key.map(|k| k.content(self.line).unwrap_or(k.text(self.line)));
        if !name.is_some_and(names::is_status_list_name) {
            return;
        }
        push_numbers_in(content, t, found);
    }

    /// Keys of an OpenAPI-style `responses` object (`"404": {…}` in JSON, `404: {…}` in a
    /// Fastify schema, `responses={404: …}` in FastAPI) or of a table bound to a status name
    /// (`STATUS_MESSAGES = {404: "…"}`): a three-digit key at the table's first level.
    fn table_key_in_context(&self, c: &Candidate, table: Option<Table>) -> bool {
        let Some(table) = table.filter(|t| t.depth == 1) else {
            return false;
        };
        if c.digits != Some(3) {
            return false;
        }
        let key = matches!(self.text(c.last + 1), ":" | "=>")
            && self
                .prev(c.first)
                .is_none_or(|p| matches!(self.text(p), "{" | ","));
        // Or a member's value: `TooMany = 429,` in `enum HttpCode {`, `ok: 200` in `HTTP_STATUS = {`.
        // Lua: `BREAKER_STATUSES = { [502] = true }`.
        let bracketed = c.first >= 1
            && self.is(c.first - 1, "[")
            && self.is(c.last + 1, "]")
            && self.is(c.last + 2, "=")
            && self
                .prev(c.first - 1)
                .is_none_or(|p| matches!(self.text(p), "{" | ","));
        // A status property's schema: `"status": { "type": "integer", "example": 422 }`.
        let example = table.kind == TableKind::Named
            && c.first >= 2
            && matches!(self.text(c.first - 1), ":" | "=")
            && self
                .tok(c.first - 2)
                .map(|t| t.content(self.line).unwrap_or(t.text(self.line)))
                .is_some_and(|k| matches!(k, "example" | "default" | "const"));
        let member = table.kind == TableKind::Enum
            && (100..=599).contains(&c.code)
            && self.ends_value(c.last + 1)
            && c.first >= 2
            && matches!(self.text(c.first - 1), "=" | ":")
            && self
                .tok(c.first - 2)
                .is_some_and(|t| t.is_ident() || t.content(self.line).is_some())
            && (c.first == 2 || matches!(self.text(c.first - 3), "{" | ","));
        key || bracketed || example || member
    }

    /// Updates the table context for token `i`: opened by `{` after a status-named key, closed
    /// by its `}`.
    fn track_table(&self, i: usize, table: &mut Option<Table>) {
        let t = &self.toks[i];
        match *table {
            Some(open) => {
                if t.is("{") {
                    *table = Some(Table {
                        depth: open.depth.saturating_add(1),
                        ..open
                    });
                } else if t.is("}") {
                    *table = open
                        .depth
                        .checked_sub(1)
                        .filter(|&d| d > 0)
                        .map(|depth| Table { depth, ..open });
                }
            }
            None if t.is("{") => {
                *table = self
                    .opens_status_table(i)
                    .map(|kind| Table { depth: 1, kind });
            }
            None => {}
        }
    }

    /// Whether the `{` at `i` opens a table keyed by statuses: `responses: {`, `responses={`,
    /// `STATUS_MESSAGES = {`, `statusText = map[int]string{`, `statusMessages = <int, String>{`.
    fn opens_status_table(&self, i: usize) -> Option<TableKind> {
        let mut j = i;
        let mut angle = 0;
        for _ in 0..10 {
            j = j.checked_sub(1)?;
            // Type arguments: `<int, String>{`.
            if self.is(j, ">") {
                angle += 1;
                continue;
            }
            if self.is(j, "<") {
                angle -= 1;
                continue;
            }
            if angle > 0 {
                continue;
            }
            if matches!(self.text(j), "=" | ":" | ":=" | "=>") {
                let key = j.checked_sub(1).and_then(|k| self.tok(k))?;
                let name = key.content(self.line).unwrap_or(key.text(self.line));
                let n = names::normalize(name);
                if matches!(n.as_str(), "responses" | "response") {
                    return Some(TableKind::Responses);
                }
                let named = (names::is_status_name(name)
                    || names::is_status_list_name(name)
                    || n.contains("status")
                    || n.starts_with("http"))
                    && !names::is_excluded(&n);
                return named.then_some(TableKind::Named);
            }
            // `enum HttpCode {`, `enum class StatusCode {`.
            if self.text(j) == "enum" {
                let name = self.text(j + 1);
                let name = if name == "class" {
                    self.text(j + 2)
                } else {
                    name
                };
                let n = names::normalize(name);
                let table =
                    (n.contains("status") || n.starts_with("http")) && !names::is_excluded(&n);
                return table.then_some(TableKind::Enum);
            }
            if matches!(self.text(j), ";" | "{" | "}" | "(" | ")" | ",") {
                return None;
            }
        }
        None
    }

    /// `"HTTP/1.1 404 Not Found\r\n"` inside a string: a raw response's status line.
    fn string_status_lines(&self, i: usize, found: &mut Vec<StatusLiteral>) {
        let t = &self.toks[i];
        let Kind::Str {
            content: (start, _),
        } = t.kind
        else {
            return;
        };
        let Some(content) = t.content(self.line) else {
            return;
        };
        let mut from = 0;
        while let Some(at) = content[from..].find("HTTP/") {
            let abs = from + at;
            let rest = &content[abs + 5..];
            // The version, or a pattern for it in a regex: `HTTP/[0-9.]+ 308`, `HTTP/1\.[01] 200`.
            let version = rest
                .bytes()
                .take_while(|b| b.is_ascii_digit() || b".[]+*?-()|{},d\\".contains(b))
                .count()
                .min(12);
            let after = &rest[version..];
            if version > 0 && after.starts_with(' ') {
                let digits = after[1..].bytes().take_while(u8::is_ascii_digit).count();
                let next = after[1 + digits..].chars().next();
                if digits == 3
                    && next.is_none_or(|c| c == ' ' || c == '\\' || c == '\'' || c == '"')
                    && let Ok(code) = after[1..4].parse()
                {
                    let s = start as usize + abs + 5 + version + 1;
                    found.push(StatusLiteral {
                        span: s..s + 3,
                        code,
                        form: Form::Number,
                    });
                }
            }
            from = abs + 5;
        }
    }

    /// If this line opens a `switch`/`match`/`case`/`when` on a status, its indentation.
    fn opens_subject(&self) -> Option<usize> {
        let indent = self.line.len() - self.line.trim_start().len();
        for (k, t) in self.toks.iter().enumerate() {
            if !t.is_ident() {
                continue;
            }
            let word = t.text(self.line);
            match word {
                "switch" | "match" | "when" | "case" | "select" => {}
                _ => continue,
            }
            // Scala and Rust's postfix form: `resp.status match {`.
            if word == "match" && k >= 1 && self.status_expression_ending_at(k - 1) {
                return Some(indent);
            }
            let mut end = k + 1;
            while end < self.toks.len()
                && !(self.is(end, "{") || self.is(end, ":") && end > k + 1)
                && !matches!(self.text(end), "do" | "in" | "of")
            {
                end += 1;
            }
            if end == k + 1 {
                continue;
            }
            let mut last = end - 1;
            // `switch (status)`: look inside the parentheses.
            if self.is(last, ")") && self.partner[last] == (k + 1) as u32 {
                last -= 1;
            }
            if self.status_expression_ending_at(last) {
                return Some(indent);
            }
        }
        None
    }
}

#[derive(Debug, Clone, Copy)]
enum Recv<'a> {
    None,
    Ident(&'a str),
    Call(&'a str),
    Other,
}

struct Callee<'a> {
    name: &'a str,
    receiver: Recv<'a>,
    /// Index of the name token.
    at: usize,
}

/// Follows a Go test table through one line: a field (`name string`, `want, got int`), the
/// `}{` that ends the fields and starts the rows, a row, or the `}` that ends the table.
fn go_table_line(
    line: &str,
    toks: &[Token],
    indent: usize,
    mut table: GoTable,
    evidence: Evidence,
) -> Option<GoTable> {
    if table.left == 0 {
        return None;
    }
    table.left -= 1;
    let Some(first) = toks.first() else {
        return Some(table);
    };
    if table.rows {
        let ends = first.is("}") && indent <= table.indent as usize;
        return (!ends).then_some(table);
    }
    if first.is("}") {
        // `}{`: the fields are done; rows follow only if one of them is a status.
        let rows = toks.get(1).is_some_and(|t| t.is("{"));
        return (rows && table.status.is_some()).then_some(GoTable {
            rows: true,
            ..table
        });
    }
    // `name, other string` / `statuses []int` / `want int // comment`.
    let names: Vec<&str> = toks
        .iter()
        .take_while(|t| t.is_ident() || t.is(","))
        .filter(|t| t.is_ident())
        .map(|t| t.text(line))
        .collect();
    let Some((type_name, field_names)) = names.split_last() else {
        return Some(table);
    };
    let after = toks.iter().position(|t| !(t.is_ident() || t.is(",")));
    let is_list = after.is_some_and(|k| toks[k].is("["));
    let (field_names, type_name) = if is_list {
        (names.as_slice(), "")
    } else {
        (field_names, *type_name)
    };
    let numeric = is_list || matches!(type_name, "int" | "int32" | "int64" | "uint16");
    for name in field_names {
        let n = names::normalize(name);
        let generic = matches!(n.as_str(), "want" | "expected" | "code" | "wantcode");
        let named = if is_list {
            names::is_status_list_name(name)
        } else {
            names::is_status_name(name)
        };
        if table.status.is_none() && numeric && (named || generic && evidence.code_is_http_status())
        {
            table.status = Some((table.fields, is_list, !named));
        }
        table.fields = table.fields.saturating_add(1);
    }
    Some(table)
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
