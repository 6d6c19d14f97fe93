//! Checks the compiled-in registry row by row against the reference CSVs in
//! `../shared/reference/`, and holds its prose to the bar that hovers and diagnostics rely on.
//!
//! Each test gathers every failing row before it fails, so one run shows all that is wrong.

use std::collections::{BTreeMap, BTreeSet};

use http_status_lsp::registry::{Lookup, Registered, Registry, Standing};

const IANA_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/reference/iana-status-codes.csv"
);
const UNOFFICIAL_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/reference/unofficial-status-codes.csv"
);

/// Codes MDN has no page for (checked against MDN's content repository).
const NO_MDN_PAGE: [u16; 3] = [104, 305, 306];

// ---------------------------------------------------------------------------------------------
// Reading the reference files
// ---------------------------------------------------------------------------------------------

/// One data row of a reference CSV, with its line number for failure messages.
struct Row {
    line: usize,
    fields: BTreeMap<String, String>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        self.fields
            .get(column)
            .unwrap_or_else(|| panic!("line {}: no column {column:?}", self.line))
    }
}

/// Splits CSV text into records (RFC 4180: quoted fields may hold commas and doubled quotes).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => record.push(std::mem::take(&mut field)),
            '\n' if !quoted => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\r' if !quoted => {}
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

fn read_csv(path: &str) -> Vec<Row> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let mut records = parse_csv(&text).into_iter();
    let header = records.next().expect("a header line");
    records
        .enumerate()
        .map(|(i, record)| {
            let line = i + 2;
            assert_eq!(
                record.len(),
                header.len(),
                "{path} line {line}: {record:?} does not have the header's {} fields",
                header.len()
            );
            Row {
                line,
                fields: header.iter().cloned().zip(record).collect(),
            }
        })
        .collect()
}

/// A registered row of the IANA CSV.
struct IanaCode {
    line: usize,
    code: u16,
    reason: String,
    reference: String,
    status: String,
}

/// The IANA CSV split into registered codes and unassigned ranges.
fn iana() -> (Vec<IanaCode>, Vec<(u16, u16)>) {
    let mut codes = Vec::new();
    let mut ranges = Vec::new();
    for row in read_csv(IANA_CSV) {
        let code = row.get("code");
        if row.get("status") == "unassigned-range" {
            let (first, last) = code.split_once('-').unwrap_or((code, code));
            ranges.push((first.parse().unwrap(), last.parse().unwrap()));
        } else {
            codes.push(IanaCode {
                line: row.line,
                code: code
                    .parse()
                    .unwrap_or_else(|e| panic!("line {}: {code:?}: {e}", row.line)),
                reason: row.get("reason").to_string(),
                reference: row.get("reference").to_string(),
                status: row.get("status").to_string(),
            });
        }
    }
    (codes, ranges)
}

/// A row of the unofficial CSV, with a `[no phrase]` reason turned into a description.
struct UnofficialRow {
    line: usize,
    code: u16,
    reason: Option<String>,
    description: Option<String>,
    origin: String,
}

fn unofficial_rows() -> Vec<UnofficialRow> {
    read_csv(UNOFFICIAL_CSV)
        .into_iter()
        .map(|row| {
            let reason = row.get("reason");
            let (reason, description) = match reason.strip_prefix("[no phrase]") {
                Some(rest) => (None, Some(rest.trim().to_string())),
                None => (Some(reason.to_string()), None),
            };
            UnofficialRow {
                line: row.line,
                code: row.get("code").parse().unwrap(),
                reason,
                description,
                origin: row.get("origin").to_string(),
            }
        })
        .collect()
}

fn assert_no_failures(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{what}: {} failure(s)\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

fn entry(code: u16) -> &'static Registered {
    Registry::get()
        .registered_code(code.into())
        .unwrap_or_else(|| panic!("{code} is not registered in status-codes.toml"))
}

/// Every prose field of a registered entry, for phrase checks.
fn prose(e: &Registered) -> Vec<(&'static str, &str)> {
    let mut fields = vec![
        ("summary", e.summary.as_str()),
        ("meaning", e.meaning.as_str()),
        ("when_to_send", e.when_to_send.as_str()),
        ("when_received", e.when_received.as_str()),
    ];
    for (name, field) in [("confusions", &e.confusions), ("caution", &e.caution)] {
        if let Some(text) = field {
            fields.push((name, text.as_str()));
        }
    }
    fields
}

fn all_prose(code: u16) -> String {
    prose(entry(code))
        .iter()
        .map(|(_, text)| *text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `text` mentions `code` as a number of its own (not inside 4040 or 1404).
fn mentions_code(text: &str, code: u16) -> bool {
    let code = code.to_string();
    text.match_indices(&code).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + code.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

// ---------------------------------------------------------------------------------------------
// The data follows the reference files
// ---------------------------------------------------------------------------------------------

#[test]
fn iana_date_matches_the_reference() {
    assert_eq!(Registry::get().iana_updated, "2025-09-15");
}

#[test]
fn every_registered_iana_row_matches() {
    let registry = Registry::get();
    let (codes, _) = iana();
    assert!(
        codes.len() > 60,
        "read only {} registered rows from {IANA_CSV}",
        codes.len()
    );
    let mut failures = Vec::new();
    for row in &codes {
        let Some(e) = registry.registered_code(row.code.into()) else {
            failures.push(format!(
                "line {}: {} {} is missing",
                row.line, row.code, row.reason
            ));
            continue;
        };
        let pairs = [
            ("reason", &row.reason, &e.reason),
            ("reference", &row.reference, &e.reference),
        ];
        for (field, expected, actual) in pairs {
            if expected != actual {
                failures.push(format!(
                    "line {}: {} {field}: expected {expected:?}, found {actual:?}",
                    row.line, row.code
                ));
            }
        }
        if e.standing.as_str() != row.status {
            failures.push(format!(
                "line {}: {} standing: expected {:?}, found {:?}",
                row.line,
                row.code,
                row.status,
                e.standing.as_str()
            ));
        }
    }
    let expected: BTreeSet<u16> = codes.iter().map(|r| r.code).collect();
    for e in registry.registered() {
        if !expected.contains(&e.code) {
            failures.push(format!(
                "{} {} is registered in our data but not in the IANA reference",
                e.code, e.reason
            ));
        }
    }
    if registry.registered().len() != codes.len() {
        failures.push(format!(
            "{} registered entries for {} IANA rows (a duplicate?)",
            registry.registered().len(),
            codes.len()
        ));
    }
    assert_no_failures("registered codes vs IANA", &failures);
}

#[test]
fn unassigned_ranges_match_exactly() {
    let (_, expected) = iana();
    let actual: Vec<(u16, u16)> = Registry::get()
        .unassigned()
        .iter()
        .map(|r| (r.first, r.last))
        .collect();
    assert!(
        !expected.is_empty(),
        "no unassigned ranges read from {IANA_CSV}"
    );
    assert_eq!(actual, expected, "unassigned ranges (ours, then IANA's)");
}

#[test]
fn every_unofficial_row_is_present() {
    let registry = Registry::get();
    let rows = unofficial_rows();
    assert!(
        rows.len() > 50,
        "read only {} rows from {UNOFFICIAL_CSV}",
        rows.len()
    );
    let mut failures = Vec::new();
    for row in &rows {
        let uses = registry.unofficial_code(row.code.into());
        let Some(u) = uses.iter().find(|u| u.origin == row.origin) else {
            let origins: Vec<&str> = uses.iter().map(|u| u.origin.as_str()).collect();
            failures.push(format!(
                "line {}: {} from origin {:?} is missing (origins we have: {origins:?})",
                row.line, row.code, row.origin
            ));
            continue;
        };
        if u.reason != row.reason {
            failures.push(format!(
                "line {}: {} ({}) reason: expected {:?}, found {:?}",
                row.line, row.code, row.origin, row.reason, u.reason
            ));
        }
        // A vendor phrase may come with our own description; a `[no phrase]` row's description
        // must be the reference's.
        if row.description.is_some() && u.description != row.description {
            failures.push(format!(
                "line {}: {} ({}) description: expected {:?}, found {:?}",
                row.line, row.code, row.origin, row.description, u.description
            ));
        }
    }
    let mut expected_per_code: BTreeMap<u16, usize> = BTreeMap::new();
    for row in &rows {
        *expected_per_code.entry(row.code).or_default() += 1;
    }
    let mut actual_per_code: BTreeMap<u16, usize> = BTreeMap::new();
    for u in registry.unofficial() {
        *actual_per_code.entry(u.code).or_default() += 1;
    }
    if actual_per_code != expected_per_code {
        failures.push(format!(
            "entries per code differ:\n    ours      {actual_per_code:?}\n    reference {expected_per_code:?}"
        ));
    }
    assert_no_failures("unofficial codes vs reference", &failures);
}

#[test]
fn every_code_resolves_consistently_with_the_references() {
    let registry = Registry::get();
    let (codes, ranges) = iana();
    let registered: BTreeSet<u16> = codes.iter().map(|r| r.code).collect();
    let mut unofficial: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for row in unofficial_rows() {
        unofficial.entry(row.code).or_default().push(row.origin);
    }
    let mut failures = Vec::new();
    for code in 100..=599u16 {
        let in_ranges = ranges
            .iter()
            .filter(|(first, last)| (*first..=*last).contains(&code))
            .count();
        // The reference itself: each code is registered or in exactly one unassigned range.
        if usize::from(registered.contains(&code)) + in_ranges != 1 {
            failures.push(format!(
                "{code}: the IANA reference lists it {} time(s)",
                usize::from(registered.contains(&code)) + in_ranges
            ));
        }
        let expected_uses = unofficial.get(&code).cloned().unwrap_or_default();
        let actual = registry.lookup(code.into());
        let (kind, uses): (&str, Vec<String>) = match actual {
            Lookup::Registered { entry, unofficial } => {
                if entry.code != code {
                    failures.push(format!("{code}: lookup returned entry {}", entry.code));
                }
                (
                    "registered",
                    unofficial.iter().map(|u| u.origin.clone()).collect(),
                )
            }
            Lookup::Unofficial(uses) => (
                "unofficial",
                uses.iter().map(|u| u.origin.clone()).collect(),
            ),
            Lookup::Unassigned => ("unassigned", Vec::new()),
            Lookup::Invalid => ("invalid", Vec::new()),
        };
        let expected_kind = if registered.contains(&code) {
            "registered"
        } else if !expected_uses.is_empty() {
            "unofficial"
        } else {
            "unassigned"
        };
        if kind != expected_kind {
            failures.push(format!("{code}: expected {expected_kind}, found {kind}"));
        }
        if uses != expected_uses {
            failures.push(format!(
                "{code}: unofficial origins expected {expected_uses:?}, found {uses:?}"
            ));
        }
    }
    assert_no_failures("lookup over 100–599", &failures);
}

#[test]
fn lookup_examples() {
    let r = Registry::get();
    assert!(matches!(r.lookup(499), Lookup::Unofficial(u) if u.len() == 2));
    assert!(matches!(r.lookup(299), Lookup::Unassigned));
    assert!(matches!(r.lookup(509), Lookup::Unofficial(_)));
    assert!(r.registered_code(509).is_none(), "509 is not registered");
    match r.lookup(418) {
        Lookup::Registered { entry, unofficial } => {
            assert_eq!(entry.standing, Standing::Unused);
            let reasons: Vec<_> = unofficial.iter().map(|u| u.reason.as_deref()).collect();
            assert_eq!(reasons, [Some("I'm a teapot")]);
        }
        other => panic!("418: expected Registered, found {other:?}"),
    }
    // Outside 100–599 nothing is a status code, but the CLI still explains vendor uses.
    for code in [0, 99, 600, 783, 999] {
        assert!(
            matches!(r.lookup(code), Lookup::Invalid),
            "{code} should be invalid"
        );
    }
    assert_eq!(
        r.unofficial_code(783)[0].reason.as_deref(),
        Some("Unexpected Token")
    );
    assert_eq!(
        r.unofficial_code(999)[0].reason.as_deref(),
        Some("Request denied")
    );
}

// ---------------------------------------------------------------------------------------------
// Quality of what we say
// ---------------------------------------------------------------------------------------------

#[test]
fn every_registered_code_is_explained() {
    let mut failures = Vec::new();
    for e in Registry::get().registered() {
        for (field, text) in prose(e) {
            let text = text.trim();
            if text.is_empty() || text.contains("TODO") {
                failures.push(format!("{} {field} is empty or a TODO", e.code));
            }
            // Hovers show these whole: a few sentences or a short list, not an essay.
            if text.len() > 600 {
                failures.push(format!(
                    "{} {field} has {} characters; keep it under 600",
                    e.code,
                    text.len()
                ));
            }
        }
        let summary = e.summary.trim();
        if !summary.ends_with('.') || summary.contains(". ") || summary.contains('\n') {
            failures.push(format!(
                "{} summary is not one sentence: {summary:?}",
                e.code
            ));
        }
    }
    assert_no_failures("explanations", &failures);
}

#[test]
fn spec_urls_point_at_the_defining_document() {
    let mut failures = Vec::new();
    for e in Registry::get().registered() {
        let url = &e.spec_url;
        let expected_prefix = if let Some(section) = e.reference.strip_prefix("RFC9110, Section ") {
            format!("https://www.rfc-editor.org/rfc/rfc9110.html#section-{section}")
        } else if let Some(draft) = e.reference.strip_prefix("draft-") {
            // The draft's page on datatracker, without the version suffix.
            let name = draft.rsplit_once('-').map_or(draft, |(name, _)| name);
            format!("https://datatracker.ietf.org/doc/draft-{name}/")
        } else if let Some(rfc) = e.reference.strip_prefix("RFC") {
            let number: String = rfc.chars().take_while(char::is_ascii_digit).collect();
            format!("https://www.rfc-editor.org/rfc/rfc{number}.html")
        } else {
            failures.push(format!(
                "{}: unexpected reference {:?}",
                e.code, e.reference
            ));
            continue;
        };
        if !url.starts_with(&expected_prefix) {
            failures.push(format!(
                "{} spec_url {url:?} should start with {expected_prefix:?}",
                e.code
            ));
        }
        if url.starts_with("https://www.rfc-editor.org/") && url.contains('#') {
            let anchor = url.split_once('#').map_or("", |(_, a)| a);
            if !anchor.starts_with("section-") {
                failures.push(format!("{} spec_url anchor {anchor:?}", e.code));
            }
        }
    }
    assert_no_failures("spec URLs", &failures);
}

#[test]
fn mdn_links_exist_exactly_where_mdn_has_a_page() {
    let mut failures = Vec::new();
    for e in Registry::get().registered() {
        let expected = (!NO_MDN_PAGE.contains(&e.code)).then(|| {
            format!(
                "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/{}",
                e.code
            )
        });
        if e.mdn_url != expected {
            failures.push(format!(
                "{} mdn_url: expected {expected:?}, found {:?}",
                e.code, e.mdn_url
            ));
        }
    }
    assert_no_failures("MDN links", &failures);
}

#[test]
fn deprecated_and_reserved_codes_carry_a_caution() {
    let registry = Registry::get();
    let mut failures = Vec::new();
    for e in registry.registered() {
        let needs_caution = matches!(e.standing, Standing::Deprecated | Standing::Unused);
        match (&e.caution, needs_caution) {
            (None, true) => {
                failures.push(format!("{} is {:?} but has no caution", e.code, e.standing))
            }
            (Some(_), false) => failures.push(format!(
                "{} is {:?}; a caution is only for deprecated and reserved codes",
                e.code, e.standing
            )),
            (Some(caution), true) => {
                // rules.rs writes "<code> <reason> is deprecated: <caution>." around it.
                if caution.ends_with('.') || caution.contains('\n') {
                    failures.push(format!(
                        "{} caution must be one line with no final period",
                        e.code
                    ));
                }
                if caution.starts_with(|c: char| c.is_lowercase()) == caution.starts_with("RFC") {
                    failures.push(format!(
                        "{} caution follows a colon: start it in lower case: {caution:?}",
                        e.code
                    ));
                }
            }
            (None, false) => {}
        }
        if let Some(prefer) = e.prefer {
            match registry.registered_code(prefer.into()) {
                Some(p) if p.standing == Standing::Standard && p.code != e.code => {}
                _ => failures.push(format!("{} prefers {prefer}, not a standard code", e.code)),
            }
            if !needs_caution {
                failures.push(format!("{} is standard but names a code to prefer", e.code));
            }
        }
    }
    // None of the five has an honest registered replacement (see the commit that set them).
    for code in [102, 305, 306, 418, 510] {
        assert_eq!(entry(code).prefer, None, "{code} prefer");
    }
    assert_no_failures("cautions", &failures);
}

#[test]
fn former_reason_phrases_are_recorded() {
    let expected: BTreeMap<u16, Vec<&str>> = [
        (302, vec!["Moved Temporarily"]),
        (408, vec!["Request Time-out"]),
        (413, vec!["Request Entity Too Large", "Payload Too Large"]),
        (414, vec!["Request-URI Too Long"]),
        (416, vec!["Requested Range Not Satisfiable"]),
        (418, vec!["I'm a teapot"]),
        (422, vec!["Unprocessable Entity"]),
        (504, vec!["Gateway Time-out"]),
    ]
    .into_iter()
    .collect();
    let mut failures = Vec::new();
    for e in Registry::get().registered() {
        let want = expected.get(&e.code).cloned().unwrap_or_default();
        if e.former_reasons != want {
            failures.push(format!(
                "{} former_reasons: expected {want:?}, found {:?}",
                e.code, e.former_reasons
            ));
        }
    }
    assert_no_failures("former reason phrases", &failures);
    // "Unordered Collection" was a WebDAV draft name for 425, never registered.
    let too_early = entry(425);
    assert!(too_early.former_reasons.is_empty());
    assert!(
        too_early
            .confusions
            .as_deref()
            .is_some_and(|c| c.contains("Unordered Collection") && c.contains("never registered")),
        "425 confusions should explain the unregistered \"Unordered Collection\""
    );
}

#[test]
fn confusions_cover_the_usual_mixups() {
    let pairs: [(u16, &[u16]); 20] = [
        (200, &[204]),
        (204, &[200]),
        (301, &[308, 302, 307]),
        (302, &[307, 303, 301]),
        (303, &[302, 307]),
        (307, &[302, 308, 303]),
        (308, &[301, 307]),
        (400, &[422, 500]),
        (401, &[403]),
        (403, &[401]),
        (404, &[410]),
        (409, &[412]),
        (410, &[404]),
        (412, &[409]),
        (422, &[400]),
        (429, &[503]),
        (500, &[503, 400]),
        (502, &[503, 504]),
        (503, &[500, 429, 502, 504]),
        (504, &[502, 503]),
    ];
    let mut failures = Vec::new();
    for (code, others) in pairs {
        let confusions = entry(code).confusions.as_deref().unwrap_or("");
        for other in others {
            if !mentions_code(confusions, *other) {
                failures.push(format!("{code} confusions do not mention {other}"));
            }
        }
    }
    assert_no_failures("confusions", &failures);
}

#[test]
fn method_and_permanence_of_redirects_are_right() {
    // (code, permanent, method preserved)
    let redirects = [
        (301, true, false),
        (302, false, false),
        (303, false, false),
        (307, false, true),
        (308, true, true),
    ];
    for (code, permanent, keeps_method) in redirects {
        let e = entry(code);
        let summary = e.summary.to_lowercase();
        assert!(
            e.summary.contains("`Location`"),
            "{code} summary names Location"
        );
        if code != 303 {
            assert_eq!(
                summary.contains("permanent"),
                permanent,
                "{code} summary on permanence: {summary:?}"
            );
            assert_eq!(
                summary.contains("temporarily"),
                !permanent,
                "{code} summary on permanence: {summary:?}"
            );
        }
        assert_eq!(
            summary.contains("same method"),
            keeps_method,
            "{code} summary on the method: {summary:?}"
        );
    }
    assert!(entry(303).meaning.contains("GET"), "303 switches to GET");
}

#[test]
fn headers_clients_must_check_are_named() {
    let required = [
        (101, "`Upgrade`"),
        (201, "`Location`"),
        (206, "`Content-Range`"),
        (301, "`Location`"),
        (304, "`ETag`"),
        (401, "`WWW-Authenticate`"),
        (405, "`Allow`"),
        (407, "`Proxy-Authenticate`"),
        (412, "`ETag`"),
        (416, "`Content-Range`"),
        (426, "`Upgrade`"),
        (428, "`If-Match`"),
        (429, "`Retry-After`"),
        (503, "`Retry-After`"),
    ];
    let mut failures = Vec::new();
    for (code, header) in required {
        let e = entry(code);
        let text = format!("{}\n{}", e.meaning, e.when_received);
        if !text.contains(header) {
            failures.push(format!(
                "{code} meaning/when_received never mention {header}"
            ));
        }
    }
    assert_no_failures("headers", &failures);
}

#[test]
fn errors_of_informal_tables_are_not_repeated() {
    let forbidden: [(u16, &[&str]); 5] = [
        (421, &["too many connections", "connections from"]),
        (
            500,
            &[
                "cannot understand",
                "not understand",
                "could not understand",
            ],
        ),
        (503, &["modify the request", "modifying the request"]),
        (504, &["timeout parameter", "time-out parameter"]),
        (426, &["tls/1.0", "tls 1.0", "tls/1.1"]),
    ];
    let mut failures = Vec::new();
    for (code, phrases) in forbidden {
        for (field, text) in prose(entry(code)) {
            let lower = text.to_lowercase();
            for phrase in phrases {
                if lower.contains(phrase) {
                    failures.push(format!("{code} {field} says {phrase:?}"));
                }
            }
        }
    }
    assert_no_failures("known errors", &failures);

    assert_eq!(entry(421).reason, "Misdirected Request");
    assert!(entry(421).summary.contains("authoritative"));
    assert!(entry(500).summary.contains("unexpected"));
    let unavailable = all_prose(503);
    for word in ["overload", "maintenance", "temporar", "`Retry-After`"] {
        assert!(unavailable.contains(word), "503 should mention {word}");
    }
    let timeout = entry(504).summary.to_lowercase();
    assert!(
        timeout.contains("gateway") && timeout.contains("upstream"),
        "504: {timeout}"
    );
    let upgrade = entry(426);
    assert!(
        upgrade.meaning.contains("`Upgrade`"),
        "426 is the generic Upgrade demand"
    );
    assert!(
        !upgrade.summary.contains("TLS"),
        "426 is not specifically TLS"
    );
    assert!(
        Registry::get().registered_code(509).is_none(),
        "509 is not registered"
    );
}

#[test]
fn the_temporary_registration_states_its_expiry() {
    let e = entry(104);
    assert_eq!(e.standing, Standing::Temporary);
    assert!(
        e.meaning.contains("2026-11-13"),
        "104 meaning: {:?}",
        e.meaning
    );
    assert!(e.spec_url.contains("draft-ietf-httpbis-resumable-upload"));
}

#[test]
fn unofficial_entries_are_sound() {
    let registry = Registry::get();
    let mut failures = Vec::new();
    for u in registry.unofficial() {
        if u.reason.is_none() && u.description.is_none() {
            failures.push(format!(
                "{} ({}) has neither reason nor description",
                u.code, u.origin
            ));
        }
        for text in [&u.reason, &u.description].into_iter().flatten() {
            if text.trim().is_empty() || text.starts_with("[no phrase]") {
                failures.push(format!("{} ({}): {text:?}", u.code, u.origin));
            }
        }
        if let Some(prefer) = u.prefer {
            match registry.registered_code(prefer.into()) {
                Some(p) if p.standing == Standing::Standard && p.code != u.code => {}
                _ => failures.push(format!(
                    "{} ({}) prefers {prefer}, which is not a standard registered code",
                    u.code, u.origin
                )),
            }
        }
    }
    assert_no_failures("unofficial entries", &failures);

    let prefer = |code: u32, origin_start: &str| {
        registry
            .unofficial_code(code)
            .iter()
            .find(|u| u.origin.starts_with(origin_start))
            .unwrap_or_else(|| panic!("{code} from {origin_start}"))
            .prefer
    };
    assert_eq!(prefer(420, "Twitter"), Some(429));
    assert_eq!(prefer(509, "Apache"), Some(503));
    assert_eq!(prefer(522, "Cloudflare"), Some(504));
    assert_eq!(prefer(520, "Cloudflare"), Some(502));
    assert_eq!(prefer(494, "nginx"), Some(431));
    // nginx never sends 444 or 499: no registered code replaces "no response at all".
    assert_eq!(prefer(444, "nginx"), None);
    assert_eq!(prefer(499, "nginx"), None);
}
