//! The command line: `serve` (the language server), `check` and `explain`.
//!
//! `main.rs` only calls [`main`]; parsing is in [`args`], the work in [`check`] and [`explain`],
//! the output formats in `report`.

pub mod args;
pub mod check;
mod explain;
mod progress;
mod report;
mod settings;
mod style;
mod text;

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Instant;

use clap::Parser;

use self::args::{CheckArgs, Cli, Command, ExplainArgs};
use self::progress::Progress;
use self::style::Style;

/// No finding at or above `--fail-on`.
const OK: u8 = 0;
/// Some finding at or above `--fail-on`.
const FINDINGS: u8 = 1;
/// A usage or configuration error, or a path that does not exist.
const TROUBLE: u8 = 2;

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with status 0; usage errors to stderr with 2.
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(TROUBLE));
        }
    };
    match cli.command {
        None | Some(Command::Serve(_)) => crate::lsp::run_stdio(),
        Some(Command::Check(args)) => ExitCode::from(check_command(args)),
        Some(Command::Explain(args)) => ExitCode::from(explain_command(args)),
    }
}

fn check_command(args: CheckArgs) -> u8 {
    let started = Instant::now();
    let options = check::Options {
        paths: args.paths,
        config: args.config,
        hidden: args.hidden,
        no_ignore: args.no_ignore,
        jobs: args.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            |n| n.get(),
        ),
    };
    let done = Arc::new(AtomicUsize::new(0));
    let progress = Progress::start(io::stderr().is_terminal() && !args.quiet, Arc::clone(&done));
    let result = check::run(&options, &done);
    progress.finish();
    let report = match result {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return TROUBLE;
        }
    };

    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    if args.verbose {
        for file in &report.config_files {
            eprintln!("using configuration {}", settings::shown(file));
        }
        for skipped in &report.skipped {
            eprintln!(
                "skipped {}: {}",
                style::printable(&report::display_path(&skipped.path)),
                skipped.reason.detail()
            );
        }
        for path in &report.unrecognised {
            eprintln!(
                "not checked {}: no known language for this file name",
                style::printable(&report::display_path(path))
            );
        }
    }

    let style = Style::choose(args.color, io::stdout().is_terminal());
    let mut out = BufWriter::new(io::stdout().lock());
    let written = report::write(args.format, &report, style, &mut out).and_then(|()| out.flush());
    if let Err(err) = written {
        // A closed pipe (`| head`) only means nobody reads the rest.
        if err.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write the report: {err}");
            return TROUBLE;
        }
    }

    for missing in &report.missing {
        eprintln!(
            "error: {}: {}",
            style::printable(&report::display_path(&missing.path)),
            missing.message
        );
    }
    if !args.quiet {
        let mut summary = report::summary(&report, started.elapsed());
        if !report.skipped.is_empty() && !args.verbose {
            summary.push_str(" Use --verbose to list skipped files.");
        }
        eprintln!("{summary}");
    }

    if !report.missing.is_empty() {
        TROUBLE
    } else if report.fails(args.fail_on.threshold()) {
        FINDINGS
    } else {
        OK
    }
}

fn explain_command(args: ExplainArgs) -> u8 {
    let is_terminal = io::stdout().is_terminal();
    let style = Style::choose(args.color, is_terminal);
    let width = explain::width(is_terminal);
    let mut out = BufWriter::new(io::stdout().lock());
    let written = match (args.list, args.code) {
        (Some(filter), _) => explain::list(filter, width, style, &mut out),
        (None, Some(code)) => explain::code(code, width, style, &mut out),
        // clap requires one of the two; this is only a guard.
        (None, None) => {
            eprintln!("error: give a status code, or --list");
            return TROUBLE;
        }
    };
    match written.and_then(|()| out.flush()) {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write: {err}");
            TROUBLE
        }
        _ => OK,
    }
}
