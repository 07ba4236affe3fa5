//! The library's error type: one bad file is one error naming the file and the reason.

use std::fmt;
use std::path::PathBuf;

/// An error about one input file: its path and a one-line reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub path: PathBuf,
    pub reason: String,
}

impl Error {
    pub fn new(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        let reason: String = reason.into();
        // A reason is printed on one line, whatever the underlying library said.
        let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
        Self { path: path.into(), reason }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;
