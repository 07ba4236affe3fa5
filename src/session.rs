//! The comparison file (`.crosscheck`, JSON): which files, in which order, with which
//! settings and reference, and the reader's decisions (`/2`). Reopening it restores the
//! comparison; a `/1` file (no decisions) still opens.

use crate::compare::Settings;
use crate::compare::decisions::Decision;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The schema a comparison file names, with its version.
pub const SCHEMA: &str = "crosscheck.comparison/2";
/// The extension of comparison files (without the dot).
pub const EXTENSION: &str = "crosscheck";

/// Whether `path` is a comparison file: by its extension, or (saved under another name) by
/// the schema near its start — what the desktop's MIME magic looks at too.
pub fn is_comparison_file(path: &Path) -> bool {
    if path.extension().is_some_and(|e| e == EXTENSION) {
        return true;
    }
    use std::io::Read;
    // Only a regular file is opened (a FIFO would block until written to).
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut head = Vec::with_capacity(256);
    let read = std::fs::File::open(path).and_then(|f| f.take(256).read_to_end(&mut head));
    let name = SCHEMA.split('/').next().unwrap_or(SCHEMA);
    let needle = format!("\"{name}/");
    read.is_ok()
        && head.trim_ascii_start().starts_with(b"{")
        && head.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// Why a comparison file could not be opened, on one line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// The file could not be read.
    #[error("{}: cannot read ({source})", path.display())]
    Read {
        /// The comparison file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not JSON of a comparison.
    #[error("{}: not a comparison file ({source})", path.display())]
    Parse {
        /// The comparison file.
        path: PathBuf,
        /// What the parser said.
        source: serde_json::Error,
    },
    /// The file is JSON, but of another schema.
    #[error("{}: not a comparison file (schema {schema:?})", path.display())]
    Schema {
        /// The comparison file.
        path: PathBuf,
        /// The schema it names.
        schema: String,
    },
}

/// One saved comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonFile {
    /// The schema it follows ([`SCHEMA`] when written by this version).
    pub schema: String,
    /// The articles, in display order. Relative paths are relative to the comparison file.
    pub files: Vec<PathBuf>,
    /// The settings the comparison was made with.
    #[serde(default)]
    pub settings: Settings,
    /// The reference article (one of `files`), if any.
    #[serde(default)]
    pub reference: Option<PathBuf>,
    /// Files kept in the list but left out of the comparison.
    #[serde(default)]
    pub excluded: Vec<PathBuf>,
    /// The reader's decisions, applied after the automatic grouping (`/2`).
    #[serde(default)]
    pub decisions: Vec<Decision>,
}

impl ComparisonFile {
    /// A comparison file of the current schema, with no decisions.
    pub fn new(files: Vec<PathBuf>, settings: Settings, reference: Option<PathBuf>, excluded: Vec<PathBuf>) -> Self {
        Self { schema: SCHEMA.into(), files, settings, reference, excluded, decisions: Vec::new() }
    }

    /// The same file with `decisions` set.
    pub fn with_decisions(mut self, decisions: Vec<Decision>) -> Self {
        self.decisions = decisions;
        self
    }

    /// Reads a comparison file; paths inside it come back absolute.
    pub fn load(path: &Path) -> Result<Self, SessionError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| SessionError::Read { path: path.to_path_buf(), source })?;
        let mut file: ComparisonFile =
            serde_json::from_str(&text).map_err(|source| SessionError::Parse { path: path.to_path_buf(), source })?;
        if !file.schema.starts_with("crosscheck.comparison/") {
            return Err(SessionError::Schema { path: path.to_path_buf(), schema: file.schema });
        }
        let base = path.parent().unwrap_or(Path::new("."));
        let abs = |p: &PathBuf| if p.is_absolute() { p.clone() } else { base.join(p) };
        file.files = file.files.iter().map(abs).collect();
        file.reference = file.reference.as_ref().map(abs);
        file.excluded = file.excluded.iter().map(abs).collect();
        Ok(file)
    }

    /// Writes the comparison file atomically, never over one of its own articles.
    pub fn save(&self, path: &Path) -> Result<(), crate::error::SaveError> {
        let json = serde_json::to_string_pretty(self)
            .map_err(|e| crate::error::SaveError::Report { path: path.to_path_buf(), source: e.into() })?;
        let inputs: Vec<&Path> = self.files.iter().map(PathBuf::as_path).collect();
        crate::report::save_atomic(path, json.as_bytes(), &inputs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_relative_paths() {
        let dir = tempfile::tempdir().expect("tempdir");
        let f = ComparisonFile::new(
            vec![PathBuf::from("a.txt"), dir.path().join("b.html")],
            Settings { threshold: 0.4, ..Settings::default() },
            Some(PathBuf::from("a.txt")),
            vec![],
        );
        let path = dir.path().join("set.crosscheck");
        f.save(&path).expect("saves");
        let back = ComparisonFile::load(&path).expect("loads");
        assert_eq!(back.files, vec![dir.path().join("a.txt"), dir.path().join("b.html")]);
        assert_eq!(back.reference, Some(dir.path().join("a.txt")));
        assert_eq!(back.settings.threshold, 0.4);
    }

    #[test]
    fn a_comparison_is_known_by_its_extension_or_its_schema() {
        let dir = tempfile::tempdir().expect("tempdir");
        let saved = dir.path().join("set.crosscheck");
        ComparisonFile::new(vec![PathBuf::from("a.txt")], Settings::default(), None, vec![])
            .save(&saved)
            .expect("saves");
        assert!(is_comparison_file(&saved));
        let renamed = dir.path().join("set (copy)");
        std::fs::copy(&saved, &renamed).expect("copy");
        assert!(is_comparison_file(&renamed));
        let article = dir.path().join("article.txt");
        std::fs::write(&article, "The report said \"crosscheck.comparison/1\" twice.").expect("write");
        assert!(!is_comparison_file(&article));
        assert!(!is_comparison_file(&dir.path().join("missing")));
    }

    #[test]
    fn a_version_1_file_still_opens() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("old.crosscheck");
        let v1 = r#"{"schema": "crosscheck.comparison/1", "files": ["a.txt", "b.txt"],
                     "settings": {"threshold": 0.3}, "reference": null, "excluded": []}"#;
        std::fs::write(&path, v1).expect("write");
        assert!(is_comparison_file(&path));
        let file = ComparisonFile::load(&path).expect("a /1 file opens");
        assert_eq!(file.files, vec![dir.path().join("a.txt"), dir.path().join("b.txt")]);
        assert_eq!(file.settings.threshold, 0.3);
        assert!(file.decisions.is_empty());
    }

    #[test]
    fn decisions_round_trip() {
        use crate::compare::decisions::{Anchor, DecisionKind};
        let dir = tempfile::tempdir().expect("tempdir");
        let anchor = Anchor { file: "a.txt".into(), start: 3, end: 9, text_sha256: "ab".repeat(32) };
        let d = Decision::new(DecisionKind::Note, vec![anchor]).with_note("checked with the agency");
        let f = ComparisonFile::new(vec![PathBuf::from("a.txt")], Settings::default(), None, vec![])
            .with_decisions(vec![d.clone()]);
        let path = dir.path().join("set.crosscheck");
        f.save(&path).expect("saves");
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.contains("crosscheck.comparison/2") && text.contains("\"kind\": \"note\""), "{text}");
        assert_eq!(ComparisonFile::load(&path).expect("loads").decisions, vec![d]);
    }

    #[test]
    fn garbage_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("x.crosscheck");
        std::fs::write(&path, "not json").expect("write");
        let e = ComparisonFile::load(&path).expect_err("refused");
        assert!(matches!(e, SessionError::Parse { .. }), "{e:?}");
        assert!(e.to_string().contains("not a comparison file"), "{e}");
        std::fs::write(&path, r#"{"schema": "other/1", "files": []}"#).expect("write");
        let e = ComparisonFile::load(&path).expect_err("refused");
        assert!(e.to_string().ends_with("not a comparison file (schema \"other/1\")"), "{e}");
    }
}
