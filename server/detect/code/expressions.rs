//! Whether an expression names a status: `status`, `res.statusCode`, `resp.status()`,
//! `data["status_code"]`, `"$http_code"`, and (in a file that talks HTTP) a bare `code`.

use super::*;

impl<'a> Line<'a> {
    /// Whether the expression ending at token `end` names a status: `status`, `res.statusCode`,
    /// `resp.status()`, `r.status_code`, `w.Code`, `resp.status().as_u16()`, `"$http_code"`.
    pub(super) fn status_expression_ending_at(&self, end: usize) -> bool {
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

    pub(super) fn is_status_name(&self, name: &str) -> bool {
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
    pub(super) fn is_bare_code_status(&self, name: &str) -> bool {
        let yes = self.evidence.code_is_http_status() && names::normalize(name) == "code";
        if yes {
            self.faint.set(true);
        }
        yes
    }

    /// For `x.code`, `x.value`, `x.as_u16()` at `i`: whether `x` is a status (or, for `code`, a
    /// response: `res.code`, `w.Code`).
    pub(super) fn receiver_is_status(&self, i: usize, accessor: &str) -> bool {
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

    /// The last token of the member chain starting at `i`: `res.status`, `resp.status().as_u16()`.
    pub(super) fn expression_end(&self, i: usize) -> Option<usize> {
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
}
