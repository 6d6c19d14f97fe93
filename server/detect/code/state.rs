//! What code analysis carries from one line to the next: the contexts a line opens for the
//! lines below it, and what the file has shown it talks about.

use super::super::lexer::{Kind, Token};
use super::super::names;

/// What code analysis carries from one line to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CodeState {
    /// Inside a `switch`/`match`/`case`/`when` on a status: the indentation of its line.
    pub(super) subject: Option<Subject>,
    /// Inside a table keyed by statuses (`responses: {…}`) or an enum of them.
    pub(super) responses: Option<Table>,
    /// Inside the body of a function that returns a status (`getStatus() {`, `-> HTTPStatus {`).
    pub(super) returns: Option<Scope>,
    /// Inside pytest's `parametrize("status, body", [...])`: which column holds a status.
    pub(super) columns: Option<Columns>,
    /// Inside the arguments of a status call split over lines (`abort(` then `404,`).
    pub(super) call: Option<Scope>,
    /// Inside a Go test table, `[]struct{ name string; want int }{ {"ok", 200}, … }`.
    pub(super) go_table: Option<GoTable>,
    /// What the text so far has shown it is about.
    pub(super) evidence: Evidence,
}

/// What a file has shown it talks, latched from the first line that shows it. A bare `code`
/// is a status in a file that talks HTTP (`if (code == 401)` after libcurl's `getinfo`), but not
/// in one that also talks a protocol with its own three-digit replies (SMTP's `code == 550`,
/// SIP's `case 486:`). The latches flip at most once each way per edit, so the rescan they
/// cause is rare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(super) struct Evidence {
    /// An identifier or string that mentions HTTP (`http.Get`, `"https://…"`, `curl_easy_perform`),
    /// or a status literal found.
    pub(super) http: bool,
    /// An identifier about SMTP, SIP, FTP and their kin (`smtpOK`, `onSipResponse`).
    pub(super) other_protocol: bool,
}

impl Evidence {
    pub(super) fn observe(&mut self, line: &str, toks: &[Token]) {
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
    pub(super) fn code_is_http_status(self) -> bool {
        self.http && !self.other_protocol
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Table {
    /// Brace depth below the opener: 1 = its keys.
    pub(super) depth: u8,
    pub(super) kind: TableKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum TableKind {
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
pub(super) struct GoTable {
    pub(super) scope: Scope,
    /// Fields declared so far (while `rows` is false).
    pub(super) fields: u8,
    /// The status field: its index, whether it is a list (`statuses []int`), and whether only
    /// a generic name says so (`want int`), which makes its cells faint.
    pub(super) status: Option<(u8, bool, bool)>,
    pub(super) rows: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Columns {
    /// The status column, 0-based.
    pub(super) index: u8,
    /// From the line that named the columns; the rows are below it.
    pub(super) scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Subject {
    pub(super) scope: Scope,
    /// The subject is only a bare `code`: its arms count only if they are known codes.
    pub(super) faint: bool,
}

/// How long a context a line opened lasts: until a line comes back to the opener's
/// indentation (each context says which lines do), and for at most a number of lines, so that
/// a context never runs to the end of a huge file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Scope {
    /// The indentation of the line that opened it.
    pub(super) indent: u16,
    /// Lines it may still last.
    left: u16,
}

impl Scope {
    pub(super) fn open(indent: usize, lines: u16) -> Scope {
        Scope {
            indent: indent.min(u16::MAX as usize) as u16,
            left: lines,
        }
    }

    /// Whether a line at `indent` is back at the opener's level (or to its left).
    pub(super) fn dedented(self, indent: usize) -> bool {
        indent <= self.indent as usize
    }

    /// The scope on the next line: `None` if this line `ends` it or it has run out of lines.
    pub(super) fn next(self, ends: bool) -> Option<Scope> {
        (!ends && self.left > 0).then(|| Scope {
            left: self.left - 1,
            ..self
        })
    }
}

pub(super) const SUBJECT_LINES: u16 = 400;
/// Lines the arguments of a call split over lines may take.
pub(super) const CALL_LINES: u16 = 12;
/// [`Columns::index`] while the column names are still to come.
pub(super) const PENDING: u8 = u8::MAX;

/// Follows a Go test table through one line: a field (`name string`, `want, got int`), the
/// `}{` that ends the fields and starts the rows, a row, or the `}` that ends the table.
pub(super) fn go_table_line(
    line: &str,
    toks: &[Token],
    indent: usize,
    mut table: GoTable,
    evidence: Evidence,
) -> Option<GoTable> {
    table.scope = table.scope.next(false)?;
    let Some(first) = toks.first() else {
        return Some(table);
    };
    if table.rows {
        let ends = first.is("}") && table.scope.dedented(indent);
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
