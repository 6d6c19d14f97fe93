//! `check`: find the files, read them in parallel, detect and check their status codes.
//!
//! The result is a [`Report`] in a fixed order (by path, then position) whatever order the
//! threads finished in, so that every output format is deterministic.

use std::fs::File;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use ignore::{WalkBuilder, WalkState};

use super::settings::{Configs, Loaded};
use crate::config::Config;
use crate::detect::{self, Language};
use crate::limits::{self, Skip};
use crate::registry::Registry;
use crate::rules::{self, Finding, Severity};

/// What to check and how to walk.
#[derive(Debug, Clone)]
pub struct Options {
    pub paths: Vec<PathBuf>,
    /// `--config`: one file for every path instead of discovery.
    pub config: Option<PathBuf>,
    /// Walk into hidden files and directories.
    pub hidden: bool,
    /// Don't respect ignore files.
    pub no_ignore: bool,
    /// Threads reading files; at least 1.
    pub jobs: usize,
}

/// Everything a run found, sorted.
#[derive(Debug, Default)]
pub struct Report {
    /// Every file read and analysed, with or without findings, by path.
    pub files: Vec<FileResult>,
    /// Files with a known language that were not analysed, by path.
    pub skipped: Vec<Skipped>,
    /// PATH arguments that could not be examined at all (exit status 2).
    pub missing: Vec<Missing>,
    /// Files named on the command line whose language we don't know.
    pub unrecognised: Vec<PathBuf>,
    /// Problems that did not stop the run: a malformed ignore file, an unknown rule name.
    pub warnings: Vec<String>,
    /// The configuration files used, for `--verbose`.
    pub config_files: Vec<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct FileResult {
    /// As the user would write it: relative paths without a leading `./`.
    pub path: PathBuf,
    pub language: Language,
    pub findings: Vec<Located>,
}

/// A finding with the positions every format needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub finding: Finding,
    pub start: Point,
    /// Just past the literal (exclusive), like LSP and SARIF ranges.
    pub end: Point,
    /// The text of the start line, without its terminator (and without a byte-order mark).
    pub line_text: String,
    /// The literal as written: `418`, `'418'`, `http.StatusTeapot`.
    pub literal: String,
}

/// A position in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// 1-based line; lines end at `\n`, `\r\n` or `\r`.
    pub line: usize,
    /// 1-based column, counted in characters (Unicode scalar values) from the start of the line.
    pub column: usize,
    /// 0-based byte offset from the start of the file.
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// Over the size limit; its size in bytes.
    TooLarge(u64),
    /// Contains NUL bytes.
    Binary,
    /// Not valid UTF-8; the length of the valid prefix.
    NotUtf8 { valid_up_to: usize },
    /// Could not be read (or, for a directory, listed); the system's message.
    Unreadable(String),
}

impl SkipReason {
    /// The stable key used in JSON output.
    pub fn key(&self) -> &'static str {
        match self {
            SkipReason::TooLarge(_) => "too-large",
            SkipReason::Binary => "binary",
            SkipReason::NotUtf8 { .. } => "not-utf8",
            SkipReason::Unreadable(_) => "unreadable",
        }
    }

    /// A phrase for people.
    pub fn detail(&self) -> String {
        match self {
            SkipReason::TooLarge(len) => Skip::TooLarge(*len).to_string(),
            SkipReason::Binary => Skip::Binary.to_string(),
            SkipReason::NotUtf8 { valid_up_to } => {
                format!("it is not valid UTF-8 (first bad byte at offset {valid_up_to})")
            }
            SkipReason::Unreadable(err) => format!("it cannot be read: {err}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub path: PathBuf,
    pub message: String,
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub information: usize,
    pub hint: usize,
}

impl Counts {
    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.error += 1,
            Severity::Warning => self.warning += 1,
            Severity::Information => self.information += 1,
            Severity::Hint => self.hint += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.error + self.warning + self.information + self.hint
    }
}

impl Report {
    /// Every finding with its file, in output order.
    pub fn findings(&self) -> impl Iterator<Item = (&FileResult, &Located)> {
        self.files
            .iter()
            .flat_map(|file| file.findings.iter().map(move |f| (file, f)))
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for (_, located) in self.findings() {
            counts.add(located.finding.severity);
        }
        counts
    }

    /// Whether some finding is at or above `threshold`.
    pub fn fails(&self, threshold: Option<Severity>) -> bool {
        threshold.is_some_and(|t| self.findings().any(|(_, l)| l.finding.severity >= t))
    }
}

enum Outcome {
    Checked(FileResult),
    Skipped(Skipped),
}

/// Runs the check. `progress` counts files as they are done. Only a configuration error stops
/// the run (before anything is read); everything else is recorded in the report.
pub fn run(options: &Options, progress: &AtomicUsize) -> Result<Report, String> {
    let mut configs = Configs::new(options.config.as_deref())?;
    let mut report = Report::default();
    let mut files: Vec<(PathBuf, Language, Arc<Loaded>)> = Vec::new();
    let mut dirs: Vec<(PathBuf, Arc<Loaded>)> = Vec::new();
    let mut early: Vec<Outcome> = Vec::new();
    for path in &options.paths {
        let metadata = match std::fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(err) => {
                report.missing.push(Missing {
                    path: clean(path),
                    message: io_message(&err),
                });
                continue;
            }
        };
        let config = configs.for_path(path)?;
        if metadata.is_dir() {
            dirs.push((path.clone(), config));
        } else {
            match Language::from_path(path) {
                // Opening a FIFO or a device could block or never end: only regular files.
                Some(_) if !metadata.is_file() => early.push(Outcome::Skipped(Skipped {
                    path: clean(path),
                    reason: SkipReason::Unreadable("it is not a regular file".into()),
                })),
                Some(language) => files.push((path.clone(), language, config)),
                None => report.unrecognised.push(clean(path)),
            }
        }
    }
    for loaded in configs.loaded() {
        report.warnings.extend(loaded.warnings.iter().cloned());
        report.config_files.extend(loaded.file.clone());
    }
    report.config_files.sort();

    let outcomes = Mutex::new(early);
    let warnings = Mutex::new(Vec::new());
    let record = |outcome: Outcome| {
        progress.fetch_add(1, Ordering::Relaxed);
        lock(&outcomes).push(outcome);
    };

    // Named files first: they are checked whatever the ignore files say.
    for_each_parallel(&files, options.jobs, |(path, language, loaded)| {
        record(analyse_file(path, *language, &loaded.config));
    });

    for (dir, loaded) in &dirs {
        let mut walk = WalkBuilder::new(dir);
        walk.hidden(!options.hidden)
            .ignore(!options.no_ignore)
            .git_ignore(!options.no_ignore)
            .git_global(!options.no_ignore)
            .git_exclude(!options.no_ignore)
            .parents(!options.no_ignore)
            // .gitignore counts even outside a git checkout (an unpacked archive, a CI cache).
            .require_git(false)
            .threads(options.jobs);
        walk.build_parallel().run(|| {
            let record = &record;
            let warnings = &warnings;
            let config = &loaded.config;
            Box::new(move |entry| {
                match entry {
                    Ok(entry) => {
                        if let Some(err) = entry.error() {
                            lock(warnings).push(err.to_string());
                        }
                        let is_file = entry.file_type().is_some_and(|t| t.is_file());
                        if let Some(language) =
                            is_file.then(|| Language::from_path(entry.path())).flatten()
                        {
                            record(analyse_file(entry.path(), language, config));
                        }
                    }
                    Err(err) => match error_path(&err) {
                        Some(path) => record(Outcome::Skipped(Skipped {
                            path: clean(path),
                            reason: SkipReason::Unreadable(error_message(&err)),
                        })),
                        None => lock(warnings).push(err.to_string()),
                    },
                }
                WalkState::Continue
            })
        });
    }

    let mut outcomes = outcomes
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner);
    outcomes.sort_by(|a, b| outcome_path(a).cmp(outcome_path(b)));
    // A file reached twice (named, and inside a named directory) is reported once.
    outcomes.dedup_by(|a, b| outcome_path(a) == outcome_path(b));
    for outcome in outcomes {
        match outcome {
            Outcome::Checked(file) => report.files.push(file),
            Outcome::Skipped(skipped) => report.skipped.push(skipped),
        }
    }
    report.warnings.extend(
        warnings
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner),
    );
    report.unrecognised.sort();
    Ok(report)
}

fn outcome_path(outcome: &Outcome) -> &Path {
    match outcome {
        Outcome::Checked(file) => &file.path,
        Outcome::Skipped(skipped) => &skipped.path,
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panicking worker leaves its data consistent (a push either happened or not).
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs `f` on every item, on up to `jobs` threads (this one included).
fn for_each_parallel<T: Sync>(items: &[T], jobs: usize, f: impl Fn(&T) + Sync) {
    let next = AtomicUsize::new(0);
    let work = || {
        while let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
            f(item);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..jobs.min(items.len()) {
            // If the system refuses a thread, the others (at least this one) do its share.
            if std::thread::Builder::new()
                .spawn_scoped(scope, work)
                .is_err()
            {
                break;
            }
        }
        work();
    });
}

fn analyse_file(path: &Path, language: Language, config: &Config) -> Outcome {
    let skipped = |reason| {
        Outcome::Skipped(Skipped {
            path: clean(path),
            reason,
        })
    };
    let bytes = match read_file(path) {
        Ok(bytes) => bytes,
        Err(reason) => return skipped(reason),
    };
    // The language server's rule, so that a file the editor would not analyse is not checked.
    if let Some(skip) = limits::skip_reason(&bytes) {
        return skipped(match skip {
            Skip::TooLarge(len) => SkipReason::TooLarge(len),
            Skip::Binary => SkipReason::Binary,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Outcome::Checked(FileResult {
            path: clean(path),
            language,
            findings: analyse(&text, language, config),
        }),
        Err(err) => skipped(SkipReason::NotUtf8 {
            valid_up_to: err.utf8_error().valid_up_to(),
        }),
    }
}

/// The file's bytes. A file over the limit is not read at all; one that grows past it while
/// being read is read only to just past the limit, which the size rule then rejects.
fn read_file(path: &Path) -> Result<Vec<u8>, SkipReason> {
    let unreadable = |err: std::io::Error| SkipReason::Unreadable(io_message(&err));
    let file = File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    if let Some(Skip::TooLarge(len)) = limits::size_skip(len) {
        return Err(SkipReason::TooLarge(len));
    }
    let limit = limits::MAX_ANALYSED_BYTES as u64 + 1;
    let mut bytes = Vec::with_capacity(usize::try_from(len.min(limit)).unwrap_or(0));
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    Ok(bytes)
}

/// The findings in one text, located.
pub fn analyse(text: &str, language: Language, config: &Config) -> Vec<Located> {
    let registry = Registry::get();
    let findings = detect::detect(text, language)
        .iter()
        .filter(|literal| rules::may_find(literal.code, registry))
        .flat_map(|literal| {
            let written = || std::borrow::Cow::from(&text[literal.span.clone()]);
            rules::check_literal(
                literal,
                written,
                language,
                |w| text.contains(w),
                registry,
                config,
            )
        })
        .collect();
    locate(text, findings)
}

/// Line, column and line text for each finding, sorted by position.
pub fn locate(text: &str, mut findings: Vec<Finding>) -> Vec<Located> {
    if findings.is_empty() {
        return Vec::new();
    }
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
    });
    let lines: Vec<(usize, &str)> = detect::lines(text).collect();
    // Editors don't show a byte-order mark; columns and line text leave it out too.
    let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let point = |offset: usize| -> (Point, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let index = lines
            .partition_point(|&(start, _)| start <= offset)
            .saturating_sub(1);
        let (line_start, line) = lines.get(index).copied().unwrap_or((0, ""));
        let content_start = if index == 0 {
            line_start + bom
        } else {
            line_start
        };
        let line_end = (line_start + line.len()).max(content_start);
        let within = offset.clamp(content_start, line_end);
        let column = text
            .get(content_start..within)
            .map_or(0, |s| s.chars().count());
        let point = Point {
            line: index + 1,
            column: column + 1,
            offset,
        };
        (point, index)
    };
    findings
        .into_iter()
        .map(|finding| {
            let (start, index) = point(finding.span.start);
            let (end, _) = point(finding.span.end.max(finding.span.start));
            let line_text = lines.get(index).map_or("", |&(_, line)| line);
            let line_text = if index == 0 {
                line_text.strip_prefix('\u{FEFF}').unwrap_or(line_text)
            } else {
                line_text
            };
            let literal = text
                .get(start.offset..end.offset)
                .unwrap_or_default()
                .to_string();
            Located {
                finding,
                start,
                end,
                line_text: line_text.to_string(),
                literal,
            }
        })
        .collect()
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The path as people write it: no leading `./`, no `.` components inside.
pub fn clean(path: &Path) -> PathBuf {
    let cleaned: PathBuf = path
        .components()
        .filter(|c| *c != Component::CurDir)
        .collect();
    if cleaned.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        cleaned
    }
}

/// "No such file or directory", without Rust's "(os error 2)".
fn io_message(err: &std::io::Error) -> String {
    let message = err.to_string();
    match message.find(" (os error ") {
        Some(i) => message[..i].to_string(),
        None => message,
    }
}

/// The path an error from the walk is about, if it is about one and is an I/O failure there.
fn error_path(err: &ignore::Error) -> Option<&Path> {
    match err {
        ignore::Error::WithPath { path, err } => match err.as_ref() {
            ignore::Error::Io(_) => Some(path),
            other => error_path(other),
        },
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// The innermost message of a walk error (its path is reported separately).
fn error_message(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => error_message(err),
        ignore::Error::Io(err) => io_message(err),
        other => other.to_string(),
    }
}
