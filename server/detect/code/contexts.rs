//! Places a line opens for the lines below it: a `switch` on a status, a function that returns
//! one, a table or enum of statuses, pytest's and Go's test tables, and the arguments of a
//! status call split over lines. `analyse` carries them in [`CodeState`].

use super::*;

impl<'a> Line<'a> {
    /// A line that is one argument of a status call opened on a line above:
    /// `abort(` / `    404,` / `    description="…",` / `)`.
    pub(super) fn argument_line(&self, c: &Candidate) -> Option<Strength> {
        let alone = self.in_call
            && c.first == 0
            && (c.last + 1 == self.toks.len()
                || (self.is(c.last + 1, ",") || self.is(c.last + 1, ")"))
                    && c.last + 2 >= self.toks.len());
        alone.then_some(Strength::Weak)
    }

    /// A cell of a Go test table's row in its status field: `{"too long", body, 422},`, or an
    /// element of a status-list field: `{"retries", []int{503, 200}, nil},`.
    pub(super) fn go_row_cell(&self, c: &Candidate) -> Option<Strength> {
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
    pub(super) fn status_cell(&self, c: &Candidate) -> Option<Strength> {
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
    pub(super) fn status_column(&self, pending: bool) -> Option<u8> {
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
    pub(super) fn returned_value(&self, c: &Candidate) -> Option<Strength> {
        let p = self.prev(c.first)?;
        if !(self.ends_value(c.last + 1) || self.is(c.last + 1, ";")) {
            return None;
        }
        let here = self.function_body;
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
    pub(super) fn status_function(&self) -> Option<usize> {
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
                    // Not a status's text, nor a status bar's looks: `statusText()`,
                    // `statusBarHeight()`.
                    && !["text", "message", "bar", "icon", "color", "label", "width", "height"]
                        .iter()
                        .any(|w| n.contains(w));
            // civetweb's request handlers return the status they sent.
            let civetweb = matches!(self.language, Language::C | Language::Cpp)
                && (k + 2..close).any(|p| self.text(p) == "mg_connection");
            return (named || typed_before || typed_after || civetweb)
                .then_some(j.min(self.toks.len() - 1));
        }
        None
    }

    /// An arm of a `switch`/`match`/`case`/`when` on a status: `case 404:`, `404 =>`, `when "200"`.
    pub(super) fn subject_arm(&self, c: &Candidate) -> Option<Strength> {
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
                // (C# patterns: `400 or 422 =>`.)
                Kind::Ident => {
                    matches!(t.text(self.line), "case" | "when" | "in" | "or") || chained(j)
                }
                // (`case 502: case 504:` puts two arms on a line.)
                // (Swift: `case 200...299, 304:`.)
                Kind::Punct(p) => matches!(
                    p,
                    "|" | "," | "." | "::" | ":" | "..." | "..<" | ".." | "..="
                ),
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
                Kind::Ident => matches!(t.text(self.line), "then" | "if" | "or"),
                _ => false,
            },
        };
        ok.then_some(Strength::Weak)
    }

    /// Keys of an OpenAPI-style `responses` object (`"404": {…}` in JSON, `404: {…}` in a
    /// Fastify schema, `responses={404: …}` in FastAPI) or of a table bound to a status name
    /// (`STATUS_MESSAGES = {404: "…"}`): a three-digit key at the table's first level.
    pub(super) fn table_key_in_context(&self, c: &Candidate, table: Option<Table>) -> bool {
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
                .is_some_and(names::is_schema_value_key);
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
    pub(super) fn track_table(&self, i: usize, table: &mut Option<Table>) {
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
    pub(super) fn opens_status_table(&self, i: usize) -> Option<TableKind> {
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

    /// If this line opens a `switch`/`match`/`case`/`when` on a status, its indentation.
    pub(super) fn opens_subject(&self) -> Option<usize> {
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
            // Scala and Rust's postfix form: `resp.status match {`, C#'s `(int)r.StatusCode switch`.
            if matches!(word, "match" | "switch")
                && k >= 1
                && self.status_expression_ending_at(k - 1)
            {
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
