//! The `LanguageServer` implementation: protocol in, core calls, protocol out.
//!
//! Ordering: tower-lsp runs handlers concurrently, so every handler that changes a document
//! does all its work on the store synchronously, before its first `.await`; edits therefore
//! apply in the order the client sent them. Notification handlers never await a client request:
//! where one is needed (pulling configuration), it runs in a spawned task.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::Value;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::position::{self, Encoding};
use super::store::Store;
use super::{actions, completion, diagnostics, docs, inlay};
use crate::config::{self, Config, Settings};
use crate::registry::Registry;

/// The section of the client's settings that is ours.
pub const SETTINGS_SECTION: &str = "httpStatus";

pub struct Backend {
    client: Client,
    state: Arc<Mutex<State>>,
    shutdown_requested: Arc<AtomicBool>,
}

#[derive(Default)]
struct State {
    encoding: Encoding,
    store: Store,
    /// From `.http-status.toml` at the workspace root.
    file_settings: Settings,
    /// From the client: `initializationOptions`, then configuration changes.
    client_settings: Settings,
    config: Config,
    can_pull_configuration: bool,
    can_refresh_inlay_hints: bool,
}

impl State {
    /// Recomputes the effective configuration; returns warnings about the settings.
    fn reconfigure(&mut self) -> Vec<String> {
        let mut config = Config::default();
        let mut warnings = config.apply(&self.file_settings);
        warnings.extend(config.apply(&self.client_settings));
        self.config = config;
        warnings
    }

    fn diagnostics(&self, uri: &Uri) -> Option<(Vec<Diagnostic>, i32)> {
        let open = self.store.get(uri)?;
        let found = diagnostics::for_document(&open.document, &self.config, self.encoding);
        Some((found, open.version))
    }

    fn all_diagnostics(&self) -> Vec<(Uri, Vec<Diagnostic>, i32)> {
        self.store
            .iter()
            .map(|(uri, open)| {
                let found = diagnostics::for_document(&open.document, &self.config, self.encoding);
                (uri.clone(), found, open.version)
            })
            .collect()
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A panic while holding the lock must not take every later request down with it.
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Backend {
    pub fn new(client: Client, shutdown_requested: Arc<AtomicBool>) -> Backend {
        Backend {
            client,
            state: Arc::default(),
            shutdown_requested,
        }
    }

    async fn publish(&self, published: Option<(Uri, Vec<Diagnostic>, i32)>) {
        if let Some((uri, found, version)) = published {
            self.client
                .publish_diagnostics(uri, found, Some(version))
                .await;
        }
    }

    async fn log(&self, kind: MessageType, message: String) {
        self.client.log_message(kind, message).await;
    }
}

/// Our part of a settings object: `{"httpStatus": {...}}` or the section itself.
fn settings_section(value: &Value) -> Option<&Value> {
    match value.get(SETTINGS_SECTION) {
        Some(section) => Some(section),
        // An empty object (eglot sends `{}` on connect) says nothing: keep what we have.
        None if value.as_object().is_some_and(|o| !o.is_empty()) => Some(value),
        None => None,
    }
}

fn parse_settings(value: &Value) -> std::result::Result<Option<Settings>, String> {
    match settings_section(value) {
        Some(section) if !section.is_null() => Settings::from_json(section).map(Some),
        _ => Ok(None),
    }
}

/// The workspace root from `initialize`: the first workspace folder, else the deprecated root URI.
fn workspace_root(params: &InitializeParams) -> Option<PathBuf> {
    #[allow(deprecated)]
    let uri = params
        .workspace_folders
        .as_ref()
        .and_then(|folders| folders.first())
        .map(|folder| &folder.uri)
        .or(params.root_uri.as_ref())?;
    uri.to_file_path().map(|path| path.into_owned())
}

/// Reads `.http-status.toml` from `root`, if there is one.
fn read_config_file(root: &std::path::Path) -> std::result::Result<Option<Settings>, String> {
    let path = root.join(config::FILE_NAME);
    match std::fs::read_to_string(&path) {
        Ok(text) => Settings::from_toml(&text)
            .map(Some)
            .map_err(|err| format!("{}: {err}", path.display())),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(format!("{}: {err}", path.display())),
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = Encoding::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|general| general.position_encodings.as_deref()),
        );
        let workspace = params.capabilities.workspace.as_ref();
        let mut messages = Vec::new();
        {
            let mut state = lock(&self.state);
            state.encoding = encoding;
            state.can_pull_configuration = workspace.and_then(|w| w.configuration) == Some(true);
            state.can_refresh_inlay_hints = workspace
                .and_then(|w| w.inlay_hint.as_ref())
                .and_then(|hints| hints.refresh_support)
                == Some(true);
            if let Some(root) = workspace_root(&params) {
                match read_config_file(&root) {
                    Ok(settings) => state.file_settings = settings.unwrap_or_default(),
                    Err(err) => messages.push(format!("ignoring the configuration file: {err}")),
                }
            }
            if let Some(options) = &params.initialization_options {
                match parse_settings(options) {
                    Ok(settings) => state.client_settings = settings.unwrap_or_default(),
                    Err(err) => messages.push(format!("ignoring initializationOptions: {err}")),
                }
            }
            messages.extend(state.reconfigure());
        }
        for message in messages {
            self.log(MessageType::WARNING, message).await;
        }

        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(
                        ["(", "=", " ", ":", ",", "'", "\""]
                            .map(String::from)
                            .to_vec(),
                    ),
                    ..CompletionOptions::default()
                }),
                inlay_hint_provider: Some(OneOf::Left(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..CodeActionOptions::default()
                    },
                )),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: env!("CARGO_PKG_NAME").to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let pull = lock(&self.state).can_pull_configuration;
        if pull {
            self.spawn_pull_configuration();
        }
    }

    async fn shutdown(&self) -> Result<()> {
        self.shutdown_requested.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let (skipped, published) = {
            let mut state = lock(&self.state);
            let skipped =
                state
                    .store
                    .open(doc.uri.clone(), &doc.language_id, doc.version, &doc.text);
            let published = state
                .diagnostics(&doc.uri)
                .map(|(d, v)| (doc.uri.clone(), d, v));
            (skipped, published)
        };
        if let Some(reason) = skipped {
            self.log(
                MessageType::INFO,
                format!("not analysing {}: {reason}", doc.uri.as_str()),
            )
            .await;
        }
        self.publish(published).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let (complaints, published) = {
            let mut state = lock(&self.state);
            let encoding = state.encoding;
            let complaints = state.store.change(
                &uri,
                params.text_document.version,
                params.content_changes,
                encoding,
            );
            let published = state.diagnostics(&uri).map(|(d, v)| (uri.clone(), d, v));
            (complaints, published)
        };
        match complaints {
            None => {
                let message = format!("ignoring a change to {}, which is not open", uri.as_str());
                self.log(MessageType::WARNING, message).await;
            }
            Some(complaints) => {
                for complaint in complaints {
                    self.log(
                        MessageType::WARNING,
                        format!("{}: {complaint}", uri.as_str()),
                    )
                    .await;
                }
            }
        }
        self.publish(published).await;
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        lock(&self.state).store.close(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        match parse_settings(&params.settings) {
            Ok(Some(settings)) => {
                let (warnings, published, refresh) = {
                    let mut state = lock(&self.state);
                    state.client_settings = settings;
                    let warnings = state.reconfigure();
                    (
                        warnings,
                        state.all_diagnostics(),
                        state.can_refresh_inlay_hints,
                    )
                };
                self.after_reconfigure(warnings, published, refresh).await;
            }
            // The client says "something changed" without the values: ask for them.
            Ok(None) => {
                if lock(&self.state).can_pull_configuration {
                    self.spawn_pull_configuration();
                }
            }
            Err(err) => {
                self.log(MessageType::WARNING, format!("ignoring settings: {err}"))
                    .await;
            }
        }
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let state = lock(&self.state);
        let Some(open) = state.store.get(&at.text_document.uri) else {
            return Ok(None);
        };
        let text = open.document.text();
        let offset = position::to_offset(text, at.position, state.encoding);
        let Some(literal) = open.document.literal_at(offset) else {
            return Ok(None);
        };
        Ok(Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: docs::markdown(literal.code, Registry::get()),
            }),
            range: Some(position::to_range(text, literal.span, state.encoding)),
        }))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        let state = lock(&self.state);
        let Some(open) = state.store.get(&at.text_document.uri) else {
            return Ok(None);
        };
        let text = open.document.text();
        let offset = position::to_offset(text, at.position, state.encoding);
        if !open.document.expects_status_at(offset) {
            return Ok(None);
        }
        // Replace the digits already typed, so `40` becomes `404`, not `40404`.
        let line_start = text.line_to_byte(text.byte_to_line(offset));
        let mut typed_start = offset;
        while typed_start > line_start && text.byte(typed_start - 1).is_ascii_digit() {
            typed_start -= 1;
        }
        let replace = position::to_range(text, typed_start..offset, state.encoding);
        Ok(Some(CompletionResponse::Array(completion::items(replace))))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let state = lock(&self.state);
        let uri = &params.text_document.uri;
        let Some(open) = state.store.get(uri) else {
            return Ok(None);
        };
        let text = open.document.text();
        let start = position::to_offset(text, params.range.start, state.encoding);
        let end = position::to_offset(text, params.range.end, state.encoding);
        let fixes = actions::quick_fixes(
            uri,
            &open.document,
            start..end.max(start),
            &params.context.diagnostics,
            &state.config,
            state.encoding,
        );
        Ok((!fixes.is_empty()).then_some(fixes))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let state = lock(&self.state);
        if !state.config.inlay_hints {
            return Ok(None);
        }
        let Some(open) = state.store.get(&params.text_document.uri) else {
            return Ok(None);
        };
        let text = open.document.text();
        let start = position::to_offset(text, params.range.start, state.encoding);
        let end = position::to_offset(text, params.range.end, state.encoding);
        Ok(Some(inlay::hints(
            &open.document,
            start..end.max(start),
            state.encoding,
        )))
    }
}

impl Backend {
    /// Asks the client for our settings section in a task of its own, then applies the answer.
    fn spawn_pull_configuration(&self) {
        let client = self.client.clone();
        let state = Arc::clone(&self.state);
        tokio::spawn(async move {
            let item = ConfigurationItem {
                scope_uri: None,
                section: Some(SETTINGS_SECTION.to_string()),
            };
            let answer = match client.configuration(vec![item]).await {
                Ok(values) => values.into_iter().next(),
                Err(err) => {
                    let message = format!("could not read the client's settings: {err}");
                    client.log_message(MessageType::WARNING, message).await;
                    return;
                }
            };
            let settings = match answer.as_ref().map(Settings::from_json) {
                Some(Ok(settings)) => settings,
                Some(Err(err)) => {
                    let message = format!("ignoring the client's settings: {err}");
                    client.log_message(MessageType::WARNING, message).await;
                    return;
                }
                None => return,
            };
            // `null` means "no settings": keep what initializationOptions said.
            if answer.is_some_and(|a| a.is_null()) {
                return;
            }
            let (warnings, published, refresh) = {
                let mut state = lock(&state);
                state.client_settings = settings;
                let warnings = state.reconfigure();
                (
                    warnings,
                    state.all_diagnostics(),
                    state.can_refresh_inlay_hints,
                )
            };
            after_reconfigure(&client, warnings, published, refresh).await;
        });
    }

    async fn after_reconfigure(
        &self,
        warnings: Vec<String>,
        published: Vec<(Uri, Vec<Diagnostic>, i32)>,
        refresh_inlay_hints: bool,
    ) {
        after_reconfigure(&self.client, warnings, published, refresh_inlay_hints).await;
    }
}

async fn after_reconfigure(
    client: &Client,
    warnings: Vec<String>,
    published: Vec<(Uri, Vec<Diagnostic>, i32)>,
    refresh_inlay_hints: bool,
) {
    for warning in warnings {
        client.log_message(MessageType::WARNING, warning).await;
    }
    for (uri, found, version) in published {
        client.publish_diagnostics(uri, found, Some(version)).await;
    }
    if refresh_inlay_hints {
        let _ = client.inlay_hint_refresh().await;
    }
}
