//! http-status-lsp: finds the HTTP status codes in source text, explains them and checks them.
//!
//! Layers, lowest first; a layer never imports from one above it:
//! - [`registry`]: facts about every status code, compiled in from one data file.
//! - [`detect`]: which numbers (and named constants) in a text are HTTP status codes.
//! - [`config`] and [`rules`]: what is wrong with a detected code, and how loudly to say it;
//!   [`describe`]: what to tell a reader about a code; [`limits`]: which texts are analysed.
//! - [`document`]: a document's text with its analysis, kept up to date edit by edit.
//! - [`lsp`] and [`cli`]: the two front ends.

pub mod cli;
pub mod config;
pub mod describe;
pub mod detect;
pub mod document;
pub mod limits;
pub mod lsp;
pub mod registry;
pub mod rules;
