//! Calls that take a status: which call a parenthesis belongs to, whether it is a status call
//! (`abort(…)`, `res.status(…)`, a project's `json_error(res, 404, …)`), paren-less Ruby
//! commands (`head 204`), and assertion chains about a status (`expect(res.status).toBe(…)`).

use super::*;

#[derive(Debug, Clone, Copy)]
pub(super) enum Recv<'a> {
    None,
    Ident(&'a str),
    Call(&'a str),
    Other,
}

pub(super) struct Callee<'a> {
    pub(super) name: &'a str,
    pub(super) receiver: Recv<'a>,
    /// Index of the name token.
    pub(super) at: usize,
}

impl<'a> Line<'a> {
    /// Whether `c` is a whole argument of a call: after `(` or `,`, before `,` or `)`.
    pub(super) fn whole_argument(&self, c: &Candidate) -> Option<usize> {
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
    pub(super) fn callee(&self, open: usize) -> Option<Callee<'a>> {
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

    pub(super) fn is_status_call(&self, callee: &Callee<'_>) -> bool {
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
    pub(super) fn call_argument(&self, c: &Candidate) -> Option<Strength> {
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
    pub(super) fn helper_argument(&self, open: usize, callee: &Callee<'_>, c: &Candidate) -> bool {
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
    pub(super) fn command_argument(&self, c: &Candidate) -> Option<Strength> {
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
    pub(super) fn chain_is_about_status(&self, at: usize) -> bool {
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
    pub(super) fn first_argument_is_status(&self, open: usize, close: usize) -> bool {
        (open + 1..close)
            .find(|&k| self.is(k, ",") && self.parent[k] == open as u32)
            .is_some_and(|comma| comma > open + 1 && self.status_expression_ending_at(comma - 1))
    }

    /// `assertEquals(200, resp.getStatus())`: another whole argument of the same call is a status.
    pub(super) fn other_argument_is_status(&self, open: usize, c: &Candidate) -> bool {
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
}
