//! What editing a 100,000-line file costs: the full scan on open, then single keystrokes.
//! Run with `cargo bench --bench editing`; the README quotes the figures.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use http_status_lsp::config::Config;
use http_status_lsp::detect::Language;
use http_status_lsp::document::Document;
use http_status_lsp::registry::Registry;
use http_status_lsp::rules;

const LINES: usize = 100_000;

/// A Python file of `LINES` lines: handlers with statuses, comments, strings and decoy numbers.
fn big_python_file() -> String {
    let block = [
        "def handler_{n}(request):",
        "    \"\"\"Returns 404 when the item is missing.\"\"\"",
        "    time.sleep(500)  # back off before the retry",
        "    item = store.get(request.args['id'], limit=200)",
        "    if item is None:",
        "        abort(404)",
        "    if item.locked:",
        "        return Response(status=423)",
        "    return jsonify(item), 200",
        "",
    ];
    let mut text = String::with_capacity(LINES * 40);
    for n in 0..LINES / block.len() {
        for line in block {
            text.push_str(&line.replace("{n}", &n.to_string()));
            text.push('\n');
        }
    }
    text
}

fn editing(c: &mut Criterion) {
    let text = big_python_file();
    let registry = Registry::get();
    let config = Config::default();

    c.bench_function("open: analyse 100k lines", |b| {
        b.iter(|| Document::new(black_box(&text), Some(Language::Python)))
    });

    let mut document = Document::new(&text, Some(Language::Python));
    let middle = text.len() / 2;
    let middle = middle + text[middle..].find("abort(").unwrap_or(0) + "abort(".len();

    c.bench_function("keystroke: type and delete a digit mid-file", |b| {
        b.iter(|| {
            document.edit(middle..middle, "1").ok();
            document.edit(middle..middle + 1, "").ok();
        })
    });

    c.bench_function("keystroke: insert and delete a newline mid-file", |b| {
        b.iter(|| {
            document.edit(middle..middle, "\n").ok();
            document.edit(middle..middle + 1, "").ok();
        })
    });

    c.bench_function(
        "keystroke: open and close a triple-quoted string mid-file",
        |b| {
            b.iter(|| {
                document.edit(middle..middle, "\"\"\"").ok();
                document.edit(middle..middle + 3, "").ok();
            })
        },
    );

    c.bench_function("diagnostics: check every literal of 100k lines", |b| {
        b.iter(|| {
            // As the LSP does (server/lsp/diagnostics.rs), renamed-constant hints included.
            let text = document.text();
            document
                .literals_where(|code| rules::may_find(code, Registry::get()))
                .flat_map(|literal| {
                    let written = || std::borrow::Cow::from(text.byte_slice(literal.span.clone()));
                    let mentions = |_: &str| false;
                    rules::check_literal(
                        &literal,
                        written,
                        Language::Python,
                        mentions,
                        registry,
                        &config,
                    )
                    .collect::<Vec<_>>()
                })
                .count()
        })
    });
}

criterion_group!(benches, editing);
criterion_main!(benches);
