use std::process::ExitCode;

fn main() -> ExitCode {
    http_status_lsp::cli::main()
}
