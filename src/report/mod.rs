//! Reports: a comparison written as JSON (schema `crosscheck.report/2`), HTML or Markdown,
//! and saved atomically. What a reader sees of each group is decided once, in [`present`];
//! the formats only lay it out.

pub mod decisions;
pub mod html;
pub mod json;
pub mod markdown;
pub mod present;
pub mod summary;

use crate::compare::Comparison;
use crate::error::{ReportError, SaveError};

use std::path::Path;

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `crosscheck.report/2`, for other tools.
    Json,
    /// One self-contained page.
    Html,
    /// Headings, tables and lists.
    Markdown,
}

impl Format {
    /// The format an output path asks for by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "html" | "htm" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }

    /// The usual file extension of the format (what `batch` names its reports with).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }
}

/// Renders the report with a given creation time (golden tests fix it).
pub fn render_at(cmp: &Comparison, format: Format, created: &str) -> Result<String, ReportError> {
    Ok(match format {
        Format::Json => json::to_string(cmp, created)?,
        Format::Html => html::render(cmp, created),
        Format::Markdown => markdown::render(cmp, created),
    })
}

/// Streams the report to `w` (JSON without building it in memory first).
pub fn write_to(cmp: &Comparison, format: Format, created: &str, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(cmp, created, w),
        Format::Html => w.write_all(html::render(cmp, created).as_bytes()),
        Format::Markdown => w.write_all(markdown::render(cmp, created).as_bytes()),
    }
}

/// Writes a report to `path` atomically, refusing to write over any of `inputs`.
///
/// A report is not forced to disk before it replaces the old one: it can be made again from
/// its articles, and waiting for the disk was a tenth of a large comparison's time. (The
/// comparison file, which holds the reader's decisions, is.)
pub fn save_report(cmp: &Comparison, format: Format, path: &Path, inputs: &[&Path]) -> Result<(), SaveError> {
    let created = json::now_rfc3339();
    save_atomic_with(path, inputs, Durability::Replaceable, |w| write_to(cmp, format, &created, w))
}

/// Whether a saved file must reach the disk before it replaces the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Synced first: the reader's own work, which nothing can make again.
    Synced,
    /// Only atomic (no reader ever sees half a file): output that can be made again.
    Replaceable,
}

/// Writes `contents` to `path` atomically (a temporary file in the same folder, then a
/// rename), refusing to write over any of `inputs`.
pub fn save_atomic(path: &Path, contents: &[u8], inputs: &[&Path]) -> Result<(), SaveError> {
    save_atomic_with(path, inputs, Durability::Synced, |w| w.write_all(contents))
}

/// Like [`save_atomic`], with the contents written by `fill`.
pub fn save_atomic_with(
    path: &Path,
    inputs: &[&Path],
    durability: Durability,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    for input in inputs {
        if let Ok(i) = std::fs::canonicalize(input)
            && i == target
        {
            return Err(SaveError::OverInput(path.to_path_buf()));
        }
    }
    // A device, a pipe or a socket (`--output /dev/stdout`, a FIFO, `/dev/null`) is written
    // in place: renaming a file over it would replace it (as root, even `/dev/null`).
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
        && !meta.is_dir()
    {
        let mut out = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|source| SaveError::Create { path: path.to_path_buf(), source })?;
        return fill(&mut out).map_err(|source| SaveError::Write { path: path.to_path_buf(), source });
    }
    // A link to a file: the file it points to is replaced and the link stays.
    let path = if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) && target.is_file() {
        target.as_path()
    } else {
        path
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)
        .map_err(|source| SaveError::Create { path: path.to_path_buf(), source })?;
    let t = std::time::Instant::now();
    let r = fill(&mut tmp);
    let t = crate::timings::stage("save: write", t);
    r.and_then(|_| if durability == Durability::Synced { tmp.as_file().sync_all() } else { Ok(()) })
        .map_err(|source| SaveError::Write { path: path.to_path_buf(), source })?;
    crate::timings::stage("save: sync", t);
    // A temporary file is private (0600); a saved report should have the permissions of
    // the file it replaces, or the usual ones for a new file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0o644);
        let _ = tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode));
    }
    tmp.persist(path).map_err(|e| SaveError::Persist { path: path.to_path_buf(), source: e.error })?;
    Ok(())
}
