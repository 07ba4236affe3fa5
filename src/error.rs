//! The library's errors, each shown to the reader as one line: a bad input file ([`Error`]),
//! a save that did not happen ([`SaveError`]), a report that could not be made
//! ([`ReportError`]).

use std::io;
use std::path::PathBuf;

/// An error about one input file: its path and a one-line reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason}", path.display())]
pub struct Error {
    /// The file, as it was given.
    pub path: PathBuf,
    /// Why it could not be read, on one line.
    pub reason: String,
}

impl Error {
    /// An error about `path`; the reason is folded onto one line, whatever the underlying
    /// library said.
    pub fn new(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        let reason: String = reason.into();
        let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
        Self { path: path.into(), reason }
    }
}

/// A result whose error is about one input file.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a report or a comparison file was not saved; the old file, if any, is untouched.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SaveError {
    /// The target is one of the files being compared.
    #[error("{}: refusing to write over an input file", .0.display())]
    OverInput(PathBuf),
    /// No temporary file could be made beside the target.
    #[error("{}: cannot write here ({source})", path.display())]
    Create {
        /// The target.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Writing the contents failed (a full disk, say).
    #[error("{}: cannot write the report ({source})", path.display())]
    Write {
        /// The target.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The finished file could not be moved into place.
    #[error("{}: cannot save the report ({source})", path.display())]
    Persist {
        /// The target.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The contents could not be made.
    #[error("{}: {source}", path.display())]
    Report {
        /// The target.
        path: PathBuf,
        /// Why.
        source: ReportError,
    },
    /// The save panicked (a bug); nothing was written.
    #[error("an internal error stopped the save")]
    Crashed,
    /// No thread could be started to save on.
    #[error("no thread to save it on ({0})")]
    NoThread(io::Error),
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// Serialising the JSON failed.
    #[error("cannot write the JSON ({0})")]
    Json(#[from] serde_json::Error),
}
