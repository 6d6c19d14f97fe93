//! The language server: protocol types stop here.

mod actions;
mod completion;
mod diagnostics;
mod docs;
mod inlay;
pub mod position;
mod server;
mod store;
mod transport;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tower_lsp_server::{LspService, Server};

pub use diagnostics::SOURCE;
pub use docs::markdown as code_markdown;

/// Serves LSP over stdin/stdout until the client sends `exit`; the exit code follows the
/// specification: 0 after `shutdown`, 1 otherwise (also when stdin closes without `exit`).
pub fn run_stdio() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("http-status-lsp: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    let shutdown_requested = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&shutdown_requested);
    runtime.block_on(async move {
        // The protocol layer talks to the client through the validating relay in `transport`.
        let (server_input, relay_in) = tokio::io::duplex(1 << 16);
        let (relay_out, server_output) = tokio::io::duplex(1 << 16);
        let (errors_tx, errors_rx) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(transport::relay_input(
            tokio::io::stdin(),
            relay_in,
            errors_tx,
        ));
        let output = tokio::spawn(transport::relay_output(
            server_output,
            tokio::io::stdout(),
            errors_rx,
        ));

        let (service, socket) = LspService::new(move |client| server::Backend::new(client, flag));
        Server::new(server_input, relay_out, socket)
            .serve(service)
            .await;
        // `serve` has closed its output: let the relay flush what is left of it to stdout.
        let _ = output.await;
    });
    // The blocking thread reading stdin may never return: don't wait for it.
    runtime.shutdown_background();
    if shutdown_requested.load(Ordering::SeqCst) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
