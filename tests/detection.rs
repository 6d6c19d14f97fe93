//! Precision and recall of the detector on the labeled corpus in `tests/corpus/` (issue 3).
//!
//! Every corpus file is real-looking code in which each HTTP status literal is wrapped in `«…»`
//! (see `tests/corpus/README.md`). For each file the harness strips the markers, runs
//! [`detect::detect`] on the clean text with the language [`Language::from_path`] gives, and
//! matches detections to marked spans by overlap:
//!
//! - TP: a marked span that some detection overlaps;
//! - FN: a marked span that no detection overlaps;
//! - FP: a detection that overlaps no marked span.
//!
//! It prints a table per language (also written to `target/detection-report.md`) and, when a
//! threshold is missed, every FP and FN as `path:line:col  line`, columns counted in the marked
//! file as an editor shows it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use http_status_lsp::detect::{self, Language, StatusLiteral};

const OPEN: char = '«';
const CLOSE: char = '»';

const MIN_OVERALL_PRECISION: f64 = 0.97;
const MIN_OVERALL_RECALL: f64 = 0.95;
const MIN_LANGUAGE_PRECISION: f64 = 0.90;
const MIN_LANGUAGE_RECALL: f64 = 0.90;

// ---------------------------------------------------------------------------------------------
// Markers
// ---------------------------------------------------------------------------------------------

/// A corpus text with its markers removed.
#[derive(Debug, PartialEq)]
struct Labeled {
    /// The text the detector sees.
    text: String,
    /// Byte ranges in `text` of the marked literals, in order.
    spans: Vec<Range<usize>>,
    /// Offsets in `text` at which a marker was removed, in order (one per marker).
    markers: Vec<usize>,
}

impl Labeled {
    /// The byte offset in the marked text of byte `offset` of the stripped text.
    fn marked_offset(&self, offset: usize) -> usize {
        let before = self.markers.partition_point(|&m| m <= offset);
        offset + before * OPEN.len_utf8()
    }
}

/// Removes `«`/`»`, recording the spans they enclose. A marker error names its 1-based line.
fn strip_markers(marked: &str) -> Result<Labeled, String> {
    debug_assert_eq!(OPEN.len_utf8(), CLOSE.len_utf8());
    let mut text = String::with_capacity(marked.len());
    let mut spans = Vec::new();
    let mut markers = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut line = 1;
    for c in marked.chars() {
        match c {
            OPEN => {
                if let Some((_, at)) = open {
                    return Err(format!(
                        "line {line}: `{OPEN}` inside the span opened on line {at}"
                    ));
                }
                open = Some((text.len(), line));
                markers.push(text.len());
            }
            CLOSE => {
                let Some((start, _)) = open.take() else {
                    return Err(format!("line {line}: `{CLOSE}` with no `{OPEN}` before it"));
                };
                if start == text.len() {
                    return Err(format!("line {line}: empty span `{OPEN}{CLOSE}`"));
                }
                spans.push(start..text.len());
                markers.push(text.len());
            }
            '\n' | '\r' if open.is_some() => {
                return Err(format!("line {line}: a span may not cross a line break"));
            }
            _ => {
                if c == '\n' {
                    line += 1;
                }
                text.push(c);
            }
        }
    }
    if let Some((_, at)) = open {
        return Err(format!("line {at}: `{OPEN}` is never closed"));
    }
    Ok(Labeled {
        text,
        spans,
        markers,
    })
}

/// Negative candidates: maximal runs of exactly three ASCII digits with a value of 100–999 that
/// are not part of an identifier (no letter, digit or `_` on either side) and lie outside every
/// marked span. These are the numbers a careless detector would flag.
fn negative_candidates(labeled: &Labeled) -> Vec<Range<usize>> {
    let bytes = labeled.text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let run = start..i;
        let attached = (start > 0 && word(bytes[start - 1])) || (i < bytes.len() && word(bytes[i]));
        let marked = labeled.spans.iter().any(|s| overlaps(s, &run));
        if run.len() == 3 && bytes[start] != b'0' && !attached && !marked {
            found.push(run);
        }
    }
    found
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    // An empty detection counts as the point it sits at.
    let b_end = b.end.max(b.start + 1);
    let a_end = a.end.max(a.start + 1);
    a.start < b_end && b.start < a_end
}

/// The status a marked literal spells out, where it spells one: `404`, `'404'`, `"404"`, or a
/// constant with exactly one three-digit run in its name (`HTTP_404_NOT_FOUND`, `Status404NotFound`).
fn expected_code(marked: &str) -> Option<u32> {
    let unquoted = marked.trim_matches(|c| c == '\'' || c == '"' || c == '`');
    if !unquoted.is_empty() && unquoted.bytes().all(|b| b.is_ascii_digit()) {
        return unquoted.parse().ok();
    }
    let runs: Vec<&str> = marked
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .collect();
    match runs.as_slice() {
        [run] if run.len() == 3 => run.parse().ok(),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Counts {
    files: usize,
    positives: usize,
    negatives: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.files += other.files;
        self.positives += other.positives;
        self.negatives += other.negatives;
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// TP / (TP + FP); 1 when nothing was detected (no false alarm was raised).
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// TP / (TP + FN); 1 when nothing was marked.
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// What one file contributed: its counts, and the places to show a developer.
#[derive(Debug, Default, PartialEq)]
struct Outcome {
    counts: Counts,
    /// Detections that overlap no marked span.
    false_positives: Vec<StatusLiteral>,
    /// Marked spans that no detection overlaps.
    false_negatives: Vec<Range<usize>>,
    /// Marked spans whose overlapping detections all report a code other than the marked one:
    /// the span, the code marked, the codes detected.
    wrong_codes: Vec<(Range<usize>, u32, Vec<u32>)>,
}

fn score(labeled: &Labeled, detections: &[StatusLiteral]) -> Outcome {
    let mut outcome = Outcome {
        counts: Counts {
            files: 1,
            positives: labeled.spans.len(),
            negatives: negative_candidates(labeled).len(),
            ..Counts::default()
        },
        ..Outcome::default()
    };
    for span in &labeled.spans {
        let hits: Vec<&StatusLiteral> = detections
            .iter()
            .filter(|d| overlaps(span, &d.span))
            .collect();
        if hits.is_empty() {
            outcome.counts.fn_ += 1;
            outcome.false_negatives.push(span.clone());
            continue;
        }
        outcome.counts.tp += 1;
        if let Some(code) = expected_code(&labeled.text[span.clone()])
            && !hits.iter().any(|d| d.code == code)
        {
            let got = hits.iter().map(|d| d.code).collect();
            outcome.wrong_codes.push((span.clone(), code, got));
        }
    }
    for d in detections {
        if !labeled.spans.iter().any(|s| overlaps(s, &d.span)) {
            outcome.counts.fp += 1;
            outcome.false_positives.push(d.clone());
        }
    }
    outcome
}

// ---------------------------------------------------------------------------------------------
// Showing places
// ---------------------------------------------------------------------------------------------

/// `path:line:col  line` for byte `offset` of the stripped text, with the line and the 1-based
/// character column taken from the marked file, as an editor opening it shows them.
fn place(path: &str, marked: &str, labeled: &Labeled, offset: usize) -> String {
    let at = labeled.marked_offset(offset).min(marked.len());
    let line_start = marked[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = marked[at..]
        .find(['\n', '\r'])
        .map_or(marked.len(), |i| at + i);
    let line = marked[..line_start].matches('\n').count() + 1;
    let col = marked[line_start..at].chars().count() + 1;
    format!(
        "{path}:{line}:{col}  {}",
        marked[line_start..line_end].trim()
    )
}

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn corpus_files(dir: &Path, into: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            corpus_files(&path, into);
        } else if path.file_name().is_some_and(|n| n != "README.md") {
            into.push(path);
        }
    }
}

fn report_path() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("detection-report.md")
}

fn table(rows: &BTreeMap<Language, Counts>, total: &Counts) -> String {
    let mut out = String::from(
        "| language | files | positives | negatives | TP | FP | FN | precision | recall |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut row = |name: &str, c: &Counts| {
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {} | {:.3} | {:.3} |",
            c.files,
            c.positives,
            c.negatives,
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall()
        );
    };
    for (language, counts) in rows {
        row(language.name(), counts);
    }
    row("**overall**", total);
    out
}

#[test]
fn detector_meets_precision_and_recall_on_the_corpus() {
    let root = corpus_dir();
    let mut paths = Vec::new();
    corpus_files(&root, &mut paths);
    assert!(
        !paths.is_empty(),
        "no corpus files under {}",
        root.display()
    );

    let mut rows: BTreeMap<Language, Counts> = BTreeMap::new();
    let mut problems: Vec<String> = Vec::new();
    let mut false_positives: Vec<String> = Vec::new();
    let mut false_negatives: Vec<String> = Vec::new();
    let mut wrong_codes: Vec<String> = Vec::new();

    for path in &paths {
        let shown = path
            .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")))
            .unwrap_or(path)
            .display()
            .to_string();
        let Some(language) = Language::from_path(path) else {
            problems.push(format!("{shown}: Language::from_path gives no language"));
            continue;
        };
        let marked = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(format!("{shown}: unreadable: {e}"));
                continue;
            }
        };
        let labeled = match strip_markers(&marked) {
            Ok(labeled) => labeled,
            Err(e) => {
                problems.push(format!("{shown}: {e}"));
                continue;
            }
        };
        let detections = detect::detect(&labeled.text, language);
        let outcome = score(&labeled, &detections);
        rows.entry(language).or_default().add(&outcome.counts);
        for d in &outcome.false_positives {
            let text = labeled.text.get(d.span.clone()).unwrap_or("<bad span>");
            false_positives.push(format!(
                "{}  [detected {text:?} as {}]",
                place(&shown, &marked, &labeled, d.span.start),
                d.code
            ));
        }
        for span in &outcome.false_negatives {
            false_negatives.push(place(&shown, &marked, &labeled, span.start));
        }
        for (span, code, got) in &outcome.wrong_codes {
            wrong_codes.push(format!(
                "{}  [marked {code}, detected {got:?}]",
                place(&shown, &marked, &labeled, span.start)
            ));
        }
    }

    let mut total = Counts::default();
    for counts in rows.values() {
        total.add(counts);
    }

    for &language in Language::ALL {
        let Some(c) = rows.get(&language) else {
            problems.push(format!("{}: no corpus file", language.name()));
            continue;
        };
        if c.positives == 0 {
            problems.push(format!("{}: no marked positive", language.name()));
        }
        if c.negatives < c.positives {
            problems.push(format!(
                "{}: {} negative candidates for {} positives; add hard negatives",
                language.name(),
                c.negatives,
                c.positives
            ));
        }
        if c.precision() < MIN_LANGUAGE_PRECISION {
            problems.push(format!(
                "{}: precision {:.3} < {MIN_LANGUAGE_PRECISION}",
                language.name(),
                c.precision()
            ));
        }
        let floor = MIN_LANGUAGE_RECALL;
        if c.recall() < floor {
            problems.push(format!(
                "{}: recall {:.3} < {floor}",
                language.name(),
                c.recall()
            ));
        }
    }
    if total.precision() < MIN_OVERALL_PRECISION {
        problems.push(format!(
            "overall precision {:.3} < {MIN_OVERALL_PRECISION}",
            total.precision()
        ));
    }
    if total.recall() < MIN_OVERALL_RECALL {
        problems.push(format!(
            "overall recall {:.3} < {MIN_OVERALL_RECALL}",
            total.recall()
        ));
    }
    if !wrong_codes.is_empty() {
        problems.push(format!(
            "{} detections report a code other than the marked one",
            wrong_codes.len()
        ));
    }

    let mut report = format!(
        "# Detection on the labeled corpus\n\n{}\n",
        table(&rows, &total)
    );
    let mut section = |title: &str, lines: &[String]| {
        if !lines.is_empty() {
            let _ = write!(report, "\n## {title} ({})\n\n```text\n", lines.len());
            for line in lines {
                let _ = writeln!(report, "{line}");
            }
            report.push_str("```\n");
        }
    };
    section("Problems", &problems);
    section("False positives", &false_positives);
    section("False negatives", &false_negatives);
    section("Wrong codes", &wrong_codes);

    println!("{report}");
    let out = report_path();
    if let Some(dir) = out.parent() {
        let _ = fs::create_dir_all(dir);
    }
    if let Err(e) = fs::write(&out, &report) {
        eprintln!("could not write {}: {e}", out.display());
    }

    assert!(
        problems.is_empty(),
        "the detector misses the corpus thresholds:\n  {}\n(full report above and in {})",
        problems.join("\n  "),
        out.display()
    );
}

// ---------------------------------------------------------------------------------------------
// The harness's own tests
// ---------------------------------------------------------------------------------------------

fn literal(span: Range<usize>, code: u32) -> StatusLiteral {
    StatusLiteral {
        span,
        code,
        form: detect::Form::Number,
    }
}

#[test]
fn strips_markers_and_records_spans() {
    let got = strip_markers("abort(«404») ok = «http.StatusOK»\n«'200'»:").unwrap();
    assert_eq!(got.text, "abort(404) ok = http.StatusOK\n'200':");
    assert_eq!(got.spans, vec![6..9, 16..29, 30..35]);
    assert_eq!(got.markers, vec![6, 9, 16, 29, 30, 35]);
    assert_eq!(&got.text[got.spans[1].clone()], "http.StatusOK");
}

#[test]
fn marker_mistakes_are_errors_with_a_line() {
    assert_eq!(
        strip_markers("a\nb«404").unwrap_err(),
        "line 2: `«` is never closed"
    );
    assert_eq!(
        strip_markers("404»").unwrap_err(),
        "line 1: `»` with no `«` before it"
    );
    assert!(
        strip_markers("««404»»")
            .unwrap_err()
            .contains("inside the span")
    );
    assert!(strip_markers("x «» y").unwrap_err().contains("empty span"));
    assert!(strip_markers("«40\n4»").unwrap_err().contains("line break"));
}

#[test]
fn maps_stripped_offsets_back_to_the_marked_text() {
    let marked = "x(«404»)\ny = «500»";
    let labeled = strip_markers(marked).unwrap();
    // `404` starts at 2 in the stripped text, at 4 in the marked one (after `«`, two bytes).
    assert_eq!(labeled.marked_offset(2), 4);
    assert_eq!(&marked[labeled.marked_offset(2)..][..3], "404");
    let five = labeled.text.find("500").unwrap();
    assert_eq!(&marked[labeled.marked_offset(five)..][..3], "500");
    assert_eq!(place("f.py", marked, &labeled, five), "f.py:2:6  y = «500»");
}

#[test]
fn counts_only_free_standing_three_digit_numbers_as_negatives() {
    let labeled = strip_markers(
        "sleep(500); x = «404»; gray-500; errors_500; 1000; 099; v1.200; 512Mi; 0x1F4; 42",
    )
    .unwrap();
    let got: Vec<&str> = negative_candidates(&labeled)
        .into_iter()
        .map(|r| &labeled.text[r])
        .collect();
    assert_eq!(got, vec!["500", "500", "200"]);
}

#[test]
fn scores_by_overlap() {
    let labeled = strip_markers("a(«404») b(«200») sleep(500) «http.StatusOK»").unwrap();
    let at = |s: &str| {
        let i = labeled.text.find(s).unwrap();
        i..i + s.len()
    };
    let detections = vec![
        literal(at("404"), 404),
        literal(at("500"), 500),
        // A detection that covers only part of the constant still counts.
        StatusLiteral {
            span: at("StatusOK"),
            code: 200,
            form: detect::Form::Constant,
        },
    ];
    let outcome = score(&labeled, &detections);
    assert_eq!(
        outcome.counts,
        Counts {
            files: 1,
            positives: 3,
            negatives: 1,
            tp: 2,
            fp: 1,
            fn_: 1,
        }
    );
    assert_eq!(outcome.false_negatives, vec![at("200")]);
    assert_eq!(outcome.false_positives, vec![literal(at("500"), 500)]);
    assert!(outcome.wrong_codes.is_empty());
    assert!((outcome.counts.precision() - 2.0 / 3.0).abs() < 1e-9);
    assert!((outcome.counts.recall() - 2.0 / 3.0).abs() < 1e-9);
}

#[test]
fn a_detection_with_another_code_is_reported() {
    let labeled = strip_markers("x: «'404'»\ny = «status.HTTP_201_CREATED»").unwrap();
    let quoted = labeled.spans[0].clone();
    let constant = labeled.spans[1].clone();
    let outcome = score(
        &labeled,
        &[literal(quoted.clone(), 400), literal(constant, 201)],
    );
    assert_eq!(outcome.counts.tp, 2);
    assert_eq!(outcome.wrong_codes, vec![(quoted, 404, vec![400])]);
}

#[test]
fn expected_codes_come_from_digits_in_the_marked_text() {
    assert_eq!(expected_code("404"), Some(404));
    assert_eq!(expected_code("99"), Some(99));
    assert_eq!(expected_code("'404'"), Some(404));
    assert_eq!(expected_code("\"308\""), Some(308));
    assert_eq!(expected_code("status.HTTP_404_NOT_FOUND"), Some(404));
    assert_eq!(expected_code("StatusCodes.Status404NotFound"), Some(404));
    assert_eq!(expected_code("http.StatusNotFound"), None);
    assert_eq!(expected_code(":not_found"), None);
}

#[test]
fn sums_counts_and_guards_empty_ratios() {
    let mut total = Counts::default();
    assert_eq!(total.precision(), 1.0);
    assert_eq!(total.recall(), 1.0);
    total.add(&Counts {
        files: 2,
        positives: 10,
        negatives: 12,
        tp: 9,
        fp: 1,
        fn_: 1,
    });
    total.add(&Counts {
        files: 1,
        positives: 5,
        negatives: 5,
        tp: 5,
        fp: 0,
        fn_: 0,
    });
    assert_eq!(total.files, 3);
    assert_eq!(total.positives, 15);
    assert!((total.precision() - 14.0 / 15.0).abs() < 1e-9);
    assert!((total.recall() - 14.0 / 15.0).abs() < 1e-9);
}
