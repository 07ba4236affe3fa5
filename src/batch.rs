//! `crosscheck batch`: one report per event folder (a folder of article files), folders in
//! parallel. The batch is a plain function of its folders — each report depends on its own
//! folder only — so an existing engine (GNU parallel over hosts, a Spark or Ray job mapping
//! folders to the command) spreads it over machines by splitting the folder list.

use crate::compare::{Loaded, Settings, compare};
use crate::report::Format;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Why one folder got no report (each prints as one line naming the folder).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BatchError {
    /// The path is not a folder.
    #[error("{0}: not a folder")]
    NotAFolder(PathBuf),
    /// The folder could not be listed (the reason).
    #[error("{0}: cannot list the folder ({1})")]
    List(PathBuf, String),
    /// The folder is the output folder itself.
    #[error("{0}: is the output folder")]
    IsOutput(PathBuf),
    /// Two folders of the batch would write one report (the report name).
    #[error("{0}: another folder of the batch has the same name ({1} would be written twice)")]
    SameName(PathBuf, String),
    /// None of the folder's files could be read (why, for the first).
    #[error("{0}: no article could be read ({1})")]
    NoArticle(PathBuf, String),
    /// The report could not be saved (the reason).
    #[error("{0}: {1}")]
    Save(PathBuf, String),
    /// The comparison panicked (a bug); the other folders go on.
    #[error("{0}: internal error while comparing this folder")]
    Crashed(PathBuf),
}

/// A folder that got its report.
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    /// The event folder.
    pub folder: PathBuf,
    /// Where its report was written.
    pub report: PathBuf,
    /// How many articles were compared.
    pub articles: usize,
    /// Files of the folder that could not be read (the others were compared).
    pub unreadable: Vec<crate::Error>,
}

/// The outcome of a whole batch, folder by folder in the order given.
#[derive(Debug)]
pub struct Summary {
    /// One result per folder, in the order given.
    pub results: Vec<Result<Done, BatchError>>,
}

impl Summary {
    /// How many reports were written.
    pub fn reports(&self) -> usize {
        self.results.iter().filter(|r| r.is_ok()).count()
    }
    /// The exit code, as for `compare`: 0 when every folder and file went well; 1 when some
    /// folder or file failed but at least one report was written; 2 when none was.
    pub fn exit_code(&self) -> i32 {
        let all_ok = self.results.iter().all(|r| matches!(r, Ok(d) if d.unreadable.is_empty()));
        if all_ok && !self.results.is_empty() {
            crate::cli::EXIT_OK
        } else if self.reports() > 0 {
            crate::cli::EXIT_BAD_INPUT
        } else {
            crate::cli::EXIT_FAILURE
        }
    }
}

/// A progress bar on stderr when stderr is a terminal, else one that draws nothing.
pub fn progress_bar(len: u64, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len} ({elapsed}, eta {eta})")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr())
        .with_style(style)
        .with_message(what.to_string())
}

/// A spinner on stderr when stderr is a terminal, else one that draws nothing.
pub fn spinner(what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
        .with_style(style)
        .with_message(what.to_string());
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

/// The report's file name: the folder's name and the format's extension.
pub fn report_name(folder: &Path, format: Format) -> Option<String> {
    let name = match folder.file_name() {
        Some(n) => n.to_os_string(),
        None => std::fs::canonicalize(folder).ok()?.file_name()?.to_os_string(),
    };
    Some(format!("{}.{}", name.to_string_lossy(), format.extension()))
}

/// The article files of a folder: its regular files (not hidden, not in subfolders),
/// sorted by name so the article order — and so the report — is the same on every machine.
pub fn folder_files(folder: &Path) -> Result<Vec<PathBuf>, BatchError> {
    if !folder.is_dir() {
        return Err(BatchError::NotAFolder(folder.to_path_buf()));
    }
    let entries = std::fs::read_dir(folder).map_err(|e| BatchError::List(folder.to_path_buf(), e.to_string()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .filter(|p| !p.is_dir())
        .collect();
    files.sort();
    Ok(files)
}

/// Compares one folder and writes its report into `out_dir`.
pub fn run_folder(folder: &Path, out_dir: &Path, format: Format) -> Result<Done, BatchError> {
    let name = report_name(folder, format).ok_or_else(|| BatchError::NotAFolder(folder.to_path_buf()))?;
    let files = folder_files(folder)?;
    let results: Vec<_> = files.par_iter().map(|p| crate::worker::load_one(p)).collect();
    let mut docs: Vec<Loaded> = Vec::new();
    let mut unreadable = Vec::new();
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => unreadable.push(e),
        }
    }
    if docs.is_empty() {
        let why = match unreadable.first() {
            Some(e) if unreadable.len() == 1 => e.to_string(),
            Some(e) => format!("{} files, e.g. {e}", unreadable.len()),
            None => "the folder has no files".into(),
        };
        return Err(BatchError::NoArticle(folder.to_path_buf(), why));
    }
    let articles = docs.len();
    let cmp = compare(docs, Settings::default(), None);
    let report = out_dir.join(name);
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    crate::report::save_report(&cmp, format, &report, &inputs)
        .map_err(|e| BatchError::Save(folder.to_path_buf(), e.to_string()))?;
    Ok(Done { folder: folder.to_path_buf(), report, articles, unreadable })
}

/// One line for stderr about a folder that went wrong in part or whole; `None` when it
/// went well.
pub fn failure_line(result: &Result<Done, BatchError>) -> Option<String> {
    match result {
        Err(e) => Some(format!("crosscheck: {e}")),
        Ok(d) if d.unreadable.is_empty() => None,
        Ok(d) => Some(format!(
            "crosscheck: {}: {} of {} files could not be read, e.g. {}",
            d.folder.display(),
            d.unreadable.len(),
            d.unreadable.len() + d.articles,
            d.unreadable[0]
        )),
    }
}

/// Runs the batch: every folder in parallel, a report each in `out_dir` (which must
/// exist). `on_done` is called once per folder as it finishes (progress, messages).
pub fn run(
    folders: &[PathBuf],
    out_dir: &Path,
    format: Format,
    on_done: &(dyn Fn(&Result<Done, BatchError>) + Sync),
) -> Summary {
    let out_canon = std::fs::canonicalize(out_dir).ok();
    // Two folders of one name would write one report: the later ones are refused.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut clash: Vec<Option<String>> = vec![None; folders.len()];
    for (i, f) in folders.iter().enumerate() {
        if let Some(name) = report_name(f, format)
            && seen.insert(name.clone(), i).is_some()
        {
            clash[i] = Some(name);
        }
    }
    let results: Vec<Result<Done, BatchError>> = folders
        .par_iter()
        .zip(clash.par_iter())
        .map(|(folder, clash)| {
            let result = if let Some(name) = clash {
                Err(BatchError::SameName(folder.clone(), name.clone()))
            } else if out_canon.is_some() && std::fs::canonicalize(folder).ok() == out_canon {
                Err(BatchError::IsOutput(folder.clone()))
            } else {
                std::panic::catch_unwind(|| run_folder(folder, out_dir, format))
                    .unwrap_or_else(|_| Err(BatchError::Crashed(folder.clone())))
            };
            on_done(&result);
            result
        })
        .collect();
    Summary { results }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_names_follow_the_folder() {
        assert_eq!(report_name(Path::new("events/ev-12"), Format::Html).as_deref(), Some("ev-12.html"));
        assert_eq!(report_name(Path::new("events/ev-12/"), Format::Json).as_deref(), Some("ev-12.json"));
        assert_eq!(report_name(Path::new("x/e"), Format::Markdown).as_deref(), Some("e.md"));
    }

    #[test]
    fn a_batch_reports_good_folders_and_names_the_bad_ones() {
        let root = tempfile::tempdir().expect("tempdir");
        let good = root.path().join("good");
        let empty = root.path().join("empty");
        std::fs::create_dir_all(&good).expect("mkdir");
        std::fs::create_dir_all(&empty).expect("mkdir");
        std::fs::write(good.join("a.txt"), "Bridge reopens\n\nThe mayor opened the bridge on Monday, officials said.")
            .expect("write");
        std::fs::write(
            good.join("b.txt"),
            "Bridge open again\n\nThe mayor opened the bridge on Tuesday, officials said.",
        )
        .expect("write");
        let out = root.path().join("out");
        std::fs::create_dir_all(&out).expect("mkdir");
        let folders = vec![good.clone(), empty.clone(), root.path().join("missing"), out.clone(), good.clone()];
        let summary = run(&folders, &out, Format::Json, &|_| {});
        assert!(summary.results[0].is_ok(), "{:?}", summary.results[0]);
        assert!(matches!(summary.results[1], Err(BatchError::NoArticle(..))), "{:?}", summary.results[1]);
        assert!(matches!(summary.results[2], Err(BatchError::NotAFolder(..))), "{:?}", summary.results[2]);
        assert!(matches!(summary.results[3], Err(BatchError::IsOutput(..))), "{:?}", summary.results[3]);
        assert!(matches!(summary.results[4], Err(BatchError::SameName(..))), "{:?}", summary.results[4]);
        assert_eq!(summary.exit_code(), crate::cli::EXIT_BAD_INPUT);
        assert!(out.join("good.json").is_file());
        for r in &summary.results[1..] {
            let line = failure_line(r).expect("a line");
            assert_eq!(line.lines().count(), 1, "{line}");
        }
    }
}
