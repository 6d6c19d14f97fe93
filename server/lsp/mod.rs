//! The language server: protocol types stop here.
