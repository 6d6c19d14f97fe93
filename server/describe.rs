//! What we say about one status code, whatever shows it: the editor's hover renders a
//! [`Description`] as markdown (`lsp::docs`), `http-status-lsp explain` as terminal text
//! (`cli::explain`). Deciding *what* to say lives here, once; each front end decides only *how*.
//!
//! Prose fields ([`Section::body`], [`Description::caution`], [`Use::description`]) are the
//! registry's text, which may hold a little inline markdown (`**bold**`, `*italic*`, `` `code` ``)
//! and `- ` list items; front ends that do not speak markdown strip it.

use crate::registry::{Class, Lookup, Registered, Registry, Standing, Unofficial};

/// Everything we know about one number, in reading order.
#[derive(Debug, Clone)]
pub struct Description<'a> {
    pub code: u32,
    /// "404 Not Found", "499 (non-standard)", "299 (unassigned)", "600 (not an HTTP status code)".
    pub title: String,
    /// The line under the title, its parts shown separated by " · ": the class, the standing
    /// and the defining reference, or what the registry's silence about the number means.
    pub status_line: Vec<Part<'a>>,
    /// For deprecated and reserved codes: why, and what to do instead. No final period.
    pub caution: Option<&'a str>,
    /// The explanation, in order; a section without heading continues the one before.
    pub sections: Vec<Section<'a>>,
    /// Reason phrases the code had before, oldest first.
    pub former_reasons: &'a [String],
    /// Links to the specification and to MDN.
    pub links: Vec<Link<'a>>,
    /// What vendors use the number for, shown under [`Description::uses_heading`].
    pub uses: Vec<Use<'a>>,
    pub uses_heading: &'static str,
}

/// One part of the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    Text(String),
    /// A reference with the address it names, e.g. "RFC9110, Section 15.5.5".
    Link(Link<'a>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link<'a> {
    pub text: &'a str,
    pub url: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section<'a> {
    /// "When to send it"; `None` for the opening paragraphs.
    pub heading: Option<&'static str>,
    pub body: &'a str,
}

/// One origin's use of a number no standard gives it (or gives another meaning).
#[derive(Debug, Clone, Copy)]
pub struct Use<'a> {
    /// Who uses it, in full: "nginx (logged only)".
    pub origin: &'a str,
    pub reason: Option<&'a str>,
    pub description: Option<&'a str>,
    /// The registered code to send instead, where there is one.
    pub prefer: Option<&'a Registered>,
}

/// What we say about `code`.
pub fn describe(code: u32, registry: &Registry) -> Description<'_> {
    let mut d = Description {
        code,
        title: String::new(),
        status_line: Vec::new(),
        caution: None,
        sections: Vec::new(),
        former_reasons: &[],
        links: Vec::new(),
        uses: Vec::new(),
        uses_heading: "Used by",
    };
    match registry.lookup(code) {
        Lookup::Registered { entry, unofficial } => {
            d.title = format!("{} {}", entry.code, entry.reason);
            d.status_line = vec![
                Part::Text(entry.class().label().to_string()),
                Part::Text(standing_label(entry.standing).to_string()),
                Part::Link(Link {
                    text: &entry.reference,
                    url: &entry.spec_url,
                }),
            ];
            d.caution = entry
                .caution
                .as_deref()
                .map(|c| c.trim().trim_end_matches('.'));
            d.sections = vec![
                Section {
                    heading: None,
                    body: entry.summary.trim(),
                },
                Section {
                    heading: None,
                    body: entry.meaning.trim(),
                },
                Section {
                    heading: Some("When to send it"),
                    body: entry.when_to_send.trim(),
                },
                Section {
                    heading: Some("When you receive it"),
                    body: entry.when_received.trim(),
                },
            ];
            if let Some(confusions) = &entry.confusions {
                d.sections.push(Section {
                    heading: Some("Not to be confused with"),
                    body: confusions.trim(),
                });
            }
            d.former_reasons = &entry.former_reasons;
            d.links.push(Link {
                text: "Specification",
                url: &entry.spec_url,
            });
            if let Some(mdn) = &entry.mdn_url {
                d.links.push(Link {
                    text: "MDN",
                    url: mdn,
                });
            }
            d.uses = uses(unofficial, registry);
            d.uses_heading = "Also used unofficially";
        }
        Lookup::Unofficial(unofficial) => {
            d.title = format!("{code} (non-standard)");
            d.status_line = vec![
                Part::Text(class_label(code).to_string()),
                Part::Text(format!(
                    "not in the IANA registry: no standard defines it, so generic clients treat it as {}.",
                    registry.class_fallback(code)
                )),
            ];
            d.uses = uses(unofficial, registry);
        }
        Lookup::Unassigned => {
            d.title = format!("{code} (unassigned)");
            d.status_line = vec![
                Part::Text(class_label(code).to_string()),
                Part::Text(format!(
                    "IANA has not assigned this code (registry of {}). A client that does not know it treats it as {} (RFC 9110, Section 15).",
                    registry.iana_updated,
                    registry.class_fallback(code)
                )),
            ];
        }
        Lookup::Invalid => {
            d.title = format!("{code} (not an HTTP status code)");
            d.status_line = vec![Part::Text(
                "HTTP status codes are three-digit numbers from 100 to 599 (RFC 9110, Section 15); clients reject anything else as an invalid response."
                    .to_string(),
            )];
            d.uses = uses(registry.unofficial_code(code), registry);
        }
    }
    d
}

fn uses<'a>(unofficial: &'a [Unofficial], registry: &'a Registry) -> Vec<Use<'a>> {
    unofficial
        .iter()
        .map(|u| Use {
            origin: &u.origin,
            reason: u.reason.as_deref(),
            description: u.description.as_deref(),
            prefer: u.prefer.and_then(|p| registry.registered_code(p.into())),
        })
        .collect()
}

/// How a registered code's standing reads to people.
pub fn standing_label(standing: Standing) -> &'static str {
    match standing {
        Standing::Standard => "standard",
        Standing::Deprecated => "deprecated",
        Standing::Unused => "reserved (unused)",
        Standing::Temporary => "temporary registration",
    }
}

/// "4xx Client Error", or "no class" outside 100–599.
pub fn class_label(code: u32) -> &'static str {
    Class::of(code).map_or("no class", Class::label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_number_gets_its_title() {
        let r = Registry::get();
        assert_eq!(describe(404, r).title, "404 Not Found");
        assert_eq!(describe(499, r).title, "499 (non-standard)");
        assert_eq!(describe(299, r).title, "299 (unassigned)");
        assert_eq!(describe(600, r).title, "600 (not an HTTP status code)");
    }

    #[test]
    fn registered_codes_carry_their_sections_links_and_other_uses() {
        let d = describe(418, Registry::get());
        assert!(d.caution.is_some_and(|c| !c.ends_with('.')));
        assert_eq!(
            d.sections
                .iter()
                .filter_map(|s| s.heading)
                .collect::<Vec<_>>()[..2],
            ["When to send it", "When you receive it"]
        );
        assert_eq!(d.links[0].text, "Specification");
        assert!(d.uses.iter().any(|u| u.reason == Some("I'm a teapot")));
        assert_eq!(d.uses_heading, "Also used unofficially");
    }

    #[test]
    fn unregistered_codes_say_what_clients_make_of_them() {
        let r = Registry::get();
        let d = describe(299, r);
        assert_eq!(d.status_line[0], Part::Text("2xx Successful".into()));
        assert!(matches!(&d.status_line[1], Part::Text(t) if t.contains("treats it as 200 OK")));
        assert!(!describe(499, r).uses.is_empty());
    }
}
