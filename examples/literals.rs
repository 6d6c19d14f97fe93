//! Prints every status literal the detector finds in the given files, one per line, with the
//! literal marked: `cargo run --example literals -- path/to/file.py`. For contributors adding an
//! idiom: it shows what the detector sees, not only what the checks report.

use std::path::Path;

use http_status_lsp::detect::{self, Language};

fn main() {
    for arg in std::env::args().skip(1) {
        let path = Path::new(&arg);
        let Some(language) = Language::from_path(path) else {
            eprintln!("{arg}: no language for this file name");
            continue;
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("{arg}: {err}");
                continue;
            }
        };
        let starts: Vec<usize> = detect::lines(&text).map(|(start, _)| start).collect();
        for lit in detect::detect(&text, language) {
            let line = starts.partition_point(|&s| s <= lit.span.start) - 1;
            let start = starts[line];
            let end = text[start..]
                .find(['\n', '\r'])
                .map_or(text.len(), |n| start + n);
            println!(
                "{arg}:{}:{}  {}«{}»{}  = {}",
                line + 1,
                lit.span.start - start + 1,
                text[start..lit.span.start].trim_start(),
                &text[lit.span.clone()],
                &text[lit.span.end..end],
                lit.code
            );
        }
    }
}
