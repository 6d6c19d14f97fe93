//! The markdown an editor shows for a status code: in hovers and completion documentation.
//! What to say comes from [`crate::describe`]; this module only writes it as markdown.

use std::fmt::Write;

use crate::describe::{self, Description, Part, Use};
use crate::registry::Registry;

/// Everything we know about `code`, as markdown.
pub fn markdown(code: u32, registry: &Registry) -> String {
    render(&describe::describe(code, registry))
}

fn render(d: &Description) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### {}\n", d.title);
    let status: Vec<String> = d
        .status_line
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.clone(),
            Part::Link(link) => format!("[{}]({})", link.text, link.url),
        })
        .collect();
    let _ = writeln!(out, "{}\n", status.join(" · "));
    if let Some(caution) = d.caution {
        let _ = writeln!(out, "**⚠ {caution}.**\n");
    }
    for section in &d.sections {
        match section.heading {
            Some(heading) => {
                let _ = writeln!(out, "**{heading}.** {}\n", section.body);
            }
            None => {
                let _ = writeln!(out, "{}\n", section.body);
            }
        }
    }
    if !d.former_reasons.is_empty() {
        let names: Vec<String> = d.former_reasons.iter().map(|r| format!("*{r}*")).collect();
        let _ = writeln!(out, "Formerly {}.\n", names.join(", then "));
    }
    if !d.links.is_empty() {
        let links: Vec<String> = d
            .links
            .iter()
            .map(|l| format!("[{}]({})", l.text, l.url))
            .collect();
        let _ = writeln!(out, "{}\n", links.join(" · "));
    }
    if !d.uses.is_empty() {
        let _ = writeln!(out, "**{}:**\n", d.uses_heading);
        for u in &d.uses {
            use_item(&mut out, u);
        }
    }
    out.trim_end().to_string()
}

fn use_item(out: &mut String, u: &Use) {
    let what = match (u.reason, u.description) {
        (Some(reason), Some(description)) => format!("*{reason}*: {description}"),
        (Some(reason), None) => format!("*{reason}*"),
        (None, Some(description)) => description.to_string(),
        (None, None) => String::new(),
    };
    let _ = write!(out, "- {} — {what}", u.origin);
    match u.prefer {
        Some(prefer) => {
            let _ = writeln!(out, " (standard: **{} {}**)", prefer.code, prefer.reason);
        }
        None => out.push('\n'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_codes_read_top_down() {
        let md = markdown(413, Registry::get());
        assert!(md.starts_with("### 413 Content Too Large\n\n4xx Client Error · standard · [RFC9110, Section 15.5.14](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14)\n\n"), "{md}");
        assert!(md.contains("\n\n**When to send it.** "), "{md}");
        assert!(md.contains("Formerly *Request Entity Too Large*"), "{md}");
        assert!(md.contains("[Specification](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14) · [MDN]("), "{md}");
    }

    #[test]
    fn unofficial_codes_list_each_origin() {
        let md = markdown(499, Registry::get());
        assert!(
            md.starts_with("### 499 (non-standard)\n\n4xx Client Error · not in the IANA registry"),
            "{md}"
        );
        assert!(md.contains(".\n\n**Used by:**\n\n- nginx"), "{md}");
    }

    #[test]
    fn invalid_and_unassigned_numbers_say_so() {
        let md = markdown(600, Registry::get());
        assert_eq!(
            md,
            "### 600 (not an HTTP status code)\n\nHTTP status codes are three-digit numbers from 100 to 599 (RFC 9110, Section 15); clients reject anything else as an invalid response."
        );
        assert!(markdown(299, Registry::get()).contains("treats it as 200 OK"));
    }
}
