//! One-line places that hold a status: keys and variables named for one, equalities and
//! memberships, conditionals' arms, tables of reason phrases, and language-specific shapes
//! (Flask's `return body, 201`, Rack's `[200, headers, body]`, C#'s casts, `#define`s).

use super::*;

impl<'a> Line<'a> {
    /// If `c` is one arm of a conditional whose arms are single values, the conditional's first
    /// and last token: `cond ? A : B`, Python's `A if cond else B`, Kotlin's `if (cond) A else B`.
    pub(super) fn conditional(&self, c: &Candidate) -> Option<(usize, usize)> {
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

    /// `status_code=404`, `status: 404`, `ctx.status = 404`, `'status' => 404`, `NOT_FOUND = 404`,
    /// `type Ok = 200 | 201`, `@ApiResponse(code = 404)`.
    pub(super) fn keyword_value(&self, c: &Candidate) -> Option<Strength> {
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
    pub(super) fn comparison(&self, c: &Candidate) -> Option<Strength> {
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

    /// `status in (200, 201)`, `[200, 201].includes(res.status)`, `in_array($status, [204, 304])`,
    /// `listOf(200, 201).contains(code)`.
    pub(super) fn membership(&self, c: &Candidate) -> Option<Strength> {
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
    pub(super) fn status_named_collection(&self, open: usize) -> bool {
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

    /// `{404: "Not Found"}`, `404 => 'Not Found'`, `{404, "Not Found"}`, `case 404: return "Not Found"`,
    /// `[404] = "Not Found"`.
    pub(super) fn table_key(&self, c: &Candidate) -> Option<Strength> {
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
    pub(super) fn special_shapes(
        &self,
        c: &Candidate,
        prev: Option<usize>,
        next: usize,
    ) -> Option<Strength> {
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
    pub(super) fn path_pair(&self, c: &Candidate) -> bool {
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
    pub(super) fn status_table_index(&self, c: &Candidate) -> bool {
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
    pub(super) fn shell_helper(&self, c: &Candidate) -> bool {
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
        // Or the command's first argument, with a path right after it: `expect 200 /`,
        // `check 301 /old` (but not `chmod 444 /etc/x`).
        let path_after = c.first == 1
            && (self.is(c.last + 1, "/")
                || self
                    .tok(c.last + 1)
                    .and_then(|t| t.content(self.line))
                    .is_some_and(|s| s.starts_with('/')))
            && !matches!(
                command_name,
                "chmod"
                    | "chown"
                    | "chgrp"
                    | "mkdir"
                    | "install"
                    | "umask"
                    | "kill"
                    | "sleep"
                    | "timeout"
                    | "head"
                    | "tail"
                    | "seq"
                    | "nice"
                    | "renice"
                    | "ulimit"
                    | "dd"
            );
        (path_before || path_after) && one_command
    }

    /// `"custom-http-errors": "404,503"`: every number in a quoted list under a status-list key.
    pub(super) fn quoted_list(&self, i: usize, found: &mut Vec<StatusLiteral>) {
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

    /// `"HTTP/1.1 404 Not Found\r\n"` inside a string: a raw response's status line.
    pub(super) fn string_status_lines(&self, i: usize, found: &mut Vec<StatusLiteral>) {
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
}
