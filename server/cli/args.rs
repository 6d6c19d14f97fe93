//! The command line, as clap parses it. Nothing here does any work.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::registry::Class;
use crate::rules::Severity;

const EXAMPLES: &str = "\
Examples:
  http-status-lsp --stdio                    Run the language server (what editors start)
  http-status-lsp check                      Check the current directory
  http-status-lsp check src tests/api.py     Check a directory and a file
  http-status-lsp check --format github      Annotations for a GitHub Actions log
  http-status-lsp check --format sarif > results.sarif
  http-status-lsp check --fail-on error      Fail only on invalid status codes
  http-status-lsp explain 418                Everything known about a code
  http-status-lsp explain --list 4xx         The 4xx codes and their standing";

#[derive(Debug, Parser)]
#[command(
    name = "http-status-lsp",
    version,
    about = "Finds HTTP status codes in source code, explains them and flags wrong ones.",
    long_about = "Finds HTTP status codes in source code, explains them and flags wrong ones: \
                  invalid (600), unassigned (299), deprecated (305), reserved (306, 418) and \
                  non-standard (499) codes.\n\n\
                  With no command (or `serve`, or `--stdio`) it runs the language server on \
                  stdin and stdout.",
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(flatten)]
    pub serve: ServeArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the language server on stdin and stdout (the default).
    Serve(ServeArgs),
    /// Check files for wrong HTTP status codes and report them.
    #[command(after_help = CHECK_NOTES)]
    Check(CheckArgs),
    /// Explain a status code, or list the codes of a class.
    Explain(ExplainArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Talk LSP over stdin and stdout (the only transport; editors pass it).
    #[arg(long)]
    pub stdio: bool,

    /// Accepted for clients that pass their process id; ignored.
    #[arg(long = "clientProcessId", alias = "client-process-id", hide = true)]
    pub client_process_id: Option<String>,
}

const CHECK_NOTES: &str = "\
Directories are walked respecting .gitignore, .ignore and hidden-file conventions; files named
explicitly are checked even when ignored. Files are recognised by extension or well-known name;
others are not checked. Configuration is read from the nearest .http-status.toml at or above
each PATH, unless --config names one.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for usage or
configuration errors and for paths that do not exist.";

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// How to write the report on stdout.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// The lowest severity that makes the exit status 1.
    #[arg(long, value_enum, value_name = "SEVERITY", default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,

    /// When to colour the human report.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Use this configuration file instead of looking for .http-status.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Also walk into hidden files and directories.
    #[arg(long)]
    pub hidden: bool,

    /// Don't respect .gitignore, .ignore and git's exclude files.
    #[arg(long)]
    pub no_ignore: bool,

    /// How many files to read at once [default: the number of CPUs].
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,

    /// List skipped files and unrecognised named files, with the reason, on stderr.
    #[arg(short, long)]
    pub verbose: bool,

    /// Don't print the summary line.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The status code, e.g. 404.
    #[arg(
        value_name = "CODE",
        value_parser = parse_code,
        required_unless_present = "list",
        conflicts_with = "list"
    )]
    pub code: Option<u32>,

    /// List codes with their reason and standing; only those of CLASS (1xx … 5xx) if given.
    #[arg(
        long,
        value_name = "CLASS",
        num_args = 0..=1,
        default_missing_value = "all",
        value_parser = parse_class
    )]
    pub list: Option<ClassFilter>,

    /// When to colour the text.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Each finding with its source line, for people.
    Human,
    /// One JSON document (schema in docs/cli.md).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other tools.
    Sarif,
    /// GitHub Actions workflow commands, shown as annotations.
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    #[value(alias = "info")]
    Information,
    Hint,
    /// Exit 0 whatever is found.
    Never,
}

impl FailOn {
    /// The lowest severity that fails the run, or `None` for `never`.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Information => Some(Severity::Information),
            FailOn::Hint => Some(Severity::Hint),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

/// Which codes `explain --list` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassFilter {
    All,
    Class(Class),
}

fn parse_code(arg: &str) -> Result<u32, String> {
    let arg = arg.trim();
    if arg.is_empty() || !arg.bytes().all(|b| b.is_ascii_digit()) {
        let hint = match parse_class(arg) {
            Ok(ClassFilter::Class(_)) => format!("; to list a class, use `explain --list {arg}`"),
            _ => String::new(),
        };
        return Err(format!(
            "`{arg}` is not a number; give a status code such as 404{hint}"
        ));
    }
    // All digits: only overflow can fail, and such a number is as invalid as 600.
    Ok(arg.parse().unwrap_or(u32::MAX))
}

fn parse_class(arg: &str) -> Result<ClassFilter, String> {
    let class = match arg.trim().to_ascii_lowercase().as_str() {
        "all" => return Ok(ClassFilter::All),
        "1xx" | "1" => Class::Informational,
        "2xx" | "2" => Class::Successful,
        "3xx" | "3" => Class::Redirection,
        "4xx" | "4" => Class::ClientError,
        "5xx" | "5" => Class::ServerError,
        _ => {
            return Err(format!(
                "`{arg}` is not a class; use one of 1xx, 2xx, 3xx, 4xx, 5xx"
            ));
        }
    };
    Ok(ClassFilter::Class(class))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn codes_and_classes_parse() {
        assert_eq!(parse_code("404"), Ok(404));
        assert_eq!(parse_code("99999999999"), Ok(u32::MAX));
        assert!(parse_code("abc").is_err_and(|e| e.contains("not a number")));
        assert!(parse_code("4xx").is_err_and(|e| e.contains("--list 4xx")));
        assert!(parse_code("-1").is_err());
        assert_eq!(
            parse_class("4XX"),
            Ok(ClassFilter::Class(Class::ClientError))
        );
        assert!(parse_class("6xx").is_err());
    }

    #[test]
    fn no_arguments_mean_the_server() {
        let cli = Cli::try_parse_from(["http-status-lsp"]).unwrap();
        assert!(cli.command.is_none());
        let cli = Cli::try_parse_from(["http-status-lsp", "--stdio"]).unwrap();
        assert!(cli.serve.stdio && cli.command.is_none());
        assert!(Cli::try_parse_from(["http-status-lsp", "--stdio", "check"]).is_err());
    }
}
