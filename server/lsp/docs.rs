//! The markdown an editor shows for a status code: in hovers and completion documentation.

use std::fmt::Write;

use crate::registry::{Class, Lookup, Registered, Registry, Standing, Unofficial};

/// Everything we know about `code`, as markdown.
pub fn markdown(code: u32, registry: &Registry) -> String {
    let mut out = String::new();
    match registry.lookup(code) {
        Lookup::Registered { entry, unofficial } => {
            registered(&mut out, entry);
            unofficial_uses(&mut out, unofficial, "Also used unofficially", registry);
        }
        Lookup::Unofficial(uses) => {
            let _ = writeln!(out, "### {code} (non-standard)\n");
            let _ = writeln!(
                out,
                "{} · not in the IANA registry: no standard defines it, so generic clients treat it as {}.\n",
                class_label(code),
                fallback(code, registry)
            );
            unofficial_uses(&mut out, uses, "Used by", registry);
        }
        Lookup::Unassigned => {
            let _ = writeln!(out, "### {code} (unassigned)\n");
            let _ = writeln!(
                out,
                "{} · IANA has not assigned this code (registry of {}). A client that does not know it treats it as {} (RFC 9110, Section 15).",
                class_label(code),
                registry.iana_updated,
                fallback(code, registry)
            );
        }
        Lookup::Invalid => {
            let _ = writeln!(out, "### {code} (not an HTTP status code)\n");
            out.push_str("HTTP status codes are three-digit numbers from 100 to 599 (RFC 9110, Section 15); clients reject anything else as an invalid response.\n");
            unofficial_uses(
                &mut out,
                registry.unofficial_code(code),
                "Used by",
                registry,
            );
        }
    }
    out.trim_end().to_string()
}

fn registered(out: &mut String, entry: &Registered) {
    let _ = writeln!(out, "### {} {}\n", entry.code, entry.reason);
    let _ = write!(
        out,
        "{} · {}",
        entry.class().label(),
        standing_label(entry.standing)
    );
    let _ = writeln!(out, " · [{}]({})\n", entry.reference, entry.spec_url);
    if let Some(caution) = &entry.caution {
        let _ = writeln!(out, "**⚠ {}.**\n", caution.trim_end_matches('.'));
    }
    let _ = writeln!(out, "{}\n", entry.summary.trim());
    let _ = writeln!(out, "{}\n", entry.meaning.trim());
    let _ = writeln!(out, "**When to send it.** {}\n", entry.when_to_send.trim());
    let _ = writeln!(
        out,
        "**When you receive it.** {}\n",
        entry.when_received.trim()
    );
    if let Some(confusions) = &entry.confusions {
        let _ = writeln!(out, "**Not to be confused with.** {}\n", confusions.trim());
    }
    if !entry.former_reasons.is_empty() {
        let names: Vec<String> = entry
            .former_reasons
            .iter()
            .map(|r| format!("*{r}*"))
            .collect();
        let _ = writeln!(out, "Formerly {}.\n", names.join(", then "));
    }
    let mut links = vec![format!("[Specification]({})", entry.spec_url)];
    if let Some(mdn) = &entry.mdn_url {
        links.push(format!("[MDN]({mdn})"));
    }
    let _ = writeln!(out, "{}", links.join(" · "));
}

fn unofficial_uses(out: &mut String, uses: &[Unofficial], heading: &str, registry: &Registry) {
    if uses.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n**{heading}:**\n");
    for u in uses {
        let what = match (&u.reason, &u.description) {
            (Some(reason), Some(description)) => format!("*{reason}*: {description}"),
            (Some(reason), None) => format!("*{reason}*"),
            (None, Some(description)) => description.clone(),
            (None, None) => String::new(),
        };
        let _ = write!(out, "- {} — {what}", u.origin);
        match u.prefer.and_then(|p| registry.registered_code(p.into())) {
            Some(prefer) => {
                let _ = writeln!(out, " (standard: **{} {}**)", prefer.code, prefer.reason);
            }
            None => out.push('\n'),
        }
    }
}

fn standing_label(standing: Standing) -> &'static str {
    match standing {
        Standing::Standard => "standard",
        Standing::Deprecated => "deprecated",
        Standing::Unused => "reserved (unused)",
        Standing::Temporary => "temporary registration",
    }
}

fn class_label(code: u32) -> &'static str {
    Class::of(code).map_or("no class", Class::label)
}

fn fallback(code: u32, registry: &Registry) -> String {
    let base = code / 100 * 100;
    registry
        .registered_code(base)
        .map_or_else(|| base.to_string(), |r| format!("{} {}", r.code, r.reason))
}
