//! The command line: `check` and `explain`.
