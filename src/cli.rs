//! The command line: clap arguments → engine → stdout/stderr, with named exit codes.

use crate::analyze::{self, Analysis};
use crate::ingest;
use crate::model::Article;
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::ProgressBar;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// Everything went well.
pub const EXIT_OK: i32 = 0;
/// At least one input file could not be read; the others were processed.
pub const EXIT_BAD_INPUT: i32 = 1;
/// Usage error, or no usable input at all, or the output could not be written.
pub const EXIT_FAILURE: i32 = 2;

/// The process's exit code for one of the codes above.
pub fn exit_code(code: i32) -> std::process::ExitCode {
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(EXIT_FAILURE as u8))
}

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Compare news articles about one event: quotes, claims and names, side by side"
)]
/// The command line: a subcommand, or none to open the window.
pub struct Cli {
    /// What to do; none opens the window with the bundled examples.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the window with these files.
    Open {
        /// The article files (or a saved comparison) to open.
        files: Vec<PathBuf>,
    },
    /// Compare articles and write a report.
    Compare {
        /// The article files to compare.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// An article (an official transcript, a press release) every other one is checked against.
        #[arg(long)]
        reference: Option<PathBuf>,
        /// The report format (by default from the output's extension, else JSON).
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// Where to write the report (stdout when absent).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Compare each event folder (a folder of article files): one report per folder.
    Batch {
        /// Event folders; each one's files are compared with each other.
        #[arg(required = true)]
        folders: Vec<PathBuf>,
        /// The folder the reports are written to (made when missing); each report is named
        /// after its event folder, e.g. `ev-12.json`.
        #[arg(long, short)]
        output: PathBuf,
        /// The format of every report.
        #[arg(long, value_enum, default_value = "json")]
        format: ReportFormat,
    },
    /// Show what was read from one file: metadata, text, sentences, quotes, claims.
    Extract {
        /// The article file to read.
        file: PathBuf,
        /// Print JSON (the `ExtractOutput` fields) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Add Crosscheck to the desktop (menu entry, icons, .crosscheck file type), or remove it.
    Desktop {
        /// Install or uninstall.
        #[command(subcommand)]
        action: DesktopAction,
    },
}

/// What `crosscheck desktop` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum DesktopAction {
    /// Write the menu entry, icons and file type into $XDG_DATA_HOME (~/.local/share).
    Install,
    /// Remove everything `desktop install` wrote.
    Uninstall,
}

/// The report formats as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// `crosscheck.report/2` JSON.
    Json,
    /// One self-contained HTML page.
    Html,
    /// Markdown.
    Md,
}

/// The JSON that `crosscheck extract --json` prints.
#[derive(Serialize)]
pub struct ExtractOutput<'a> {
    file_name: &'a str,
    title: &'a Option<String>,
    outlet: &'a Option<String>,
    byline: &'a Option<String>,
    published: &'a Option<String>,
    format: &'static str,
    encoding: &'a str,
    sha256: &'a str,
    word_count: usize,
    text: &'a str,
    paragraphs: Vec<ParagraphOut<'a>>,
    /// Text dropped as page clutter (captions, credits, teasers …), in reading order.
    dropped: &'a [String],
    /// What the reader should know about the page ("looks like a list, not an article").
    warnings: &'a [String],
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// One paragraph of the extracted text, with its byte span.
#[derive(Serialize)]
pub struct ParagraphOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// What `extract --json` prints for an article and its analysis.
pub fn extract_output<'a>(article: &'a Article, analysis: &'a Analysis) -> ExtractOutput<'a> {
    ExtractOutput {
        file_name: &article.file_name,
        title: &article.title,
        outlet: &article.outlet,
        byline: &article.byline,
        published: &article.published,
        format: article.format.name(),
        encoding: &article.encoding,
        sha256: &article.sha256,
        word_count: article.word_count(),
        text: &article.text,
        paragraphs: article
            .paragraphs
            .iter()
            .map(|p| ParagraphOut { text: article.slice(*p), start: p.start, end: p.end })
            .collect(),
        dropped: &article.dropped,
        warnings: &article.warnings,
        analysis,
    }
}

/// Runs `extract`; returns the exit code.
pub fn run_extract(file: &std::path::Path, json: bool) -> i32 {
    let article = match ingest::read_file(file) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("crosscheck: {e}");
            return EXIT_BAD_INPUT;
        }
    };
    let analysis = analyze::analyze(&article);
    let mut out = std::io::stdout().lock();
    let result = if json {
        serde_json::to_writer_pretty(&mut out, &extract_output(&article, &analysis))
            .map_err(std::io::Error::other)
            .and_then(|_| writeln!(out))
    } else {
        write_extract_text(&mut out, &article, &analysis)
    };
    match result {
        Ok(()) => EXIT_OK,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(e) => {
            eprintln!("crosscheck: cannot write output: {e}");
            EXIT_FAILURE
        }
    }
}

fn write_extract_text(out: &mut impl Write, a: &Article, analysis: &Analysis) -> std::io::Result<()> {
    let field = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    writeln!(out, "file:      {}", a.file_name)?;
    writeln!(out, "format:    {} ({})", a.format.name(), a.encoding)?;
    writeln!(out, "title:     {}", field(&a.title))?;
    writeln!(out, "outlet:    {}", field(&a.outlet))?;
    writeln!(out, "byline:    {}", field(&a.byline))?;
    writeln!(out, "published: {}", field(&a.published))?;
    writeln!(out, "words:     {}", a.word_count())?;
    writeln!(
        out,
        "sentences: {}  quotes: {}  claims: {}",
        analysis.sentences.len(),
        analysis.quotes.len(),
        analysis.claims.len()
    )?;
    writeln!(out)?;
    for p in &a.paragraphs {
        writeln!(out, "{}\n", a.slice(*p))?;
    }
    if !analysis.quotes.is_empty() {
        writeln!(out, "Quotes:")?;
        for q in &analysis.quotes {
            let who = crate::report::present::speaker_label(q.speaker.as_deref());
            writeln!(out, "  [{who}] “{}”{}", q.text, if q.fragment { " (fragment)" } else { "" })?;
        }
    }
    Ok(())
}

impl ReportFormat {
    /// The report format this names.
    pub fn format(self) -> crate::report::Format {
        match self {
            ReportFormat::Json => crate::report::Format::Json,
            ReportFormat::Html => crate::report::Format::Html,
            ReportFormat::Md => crate::report::Format::Markdown,
        }
    }
}

/// `compare` shows its progress on stderr (when that is a terminal) from this many files.
pub const PROGRESS_MIN_FILES: usize = 25;

/// Runs `batch`; returns the exit code (as for `compare`: 0 all went well, 1 some folder or
/// file failed, 2 no report could be written).
pub fn run_batch(folders: &[PathBuf], output: &std::path::Path, format: ReportFormat) -> i32 {
    if let Err(e) = std::fs::create_dir_all(output) {
        eprintln!("crosscheck: {}: cannot make the output folder ({e})", output.display());
        return EXIT_FAILURE;
    }
    let bar = crate::batch::progress_bar(folders.len() as u64, "events");
    let summary = crate::batch::run(folders, output, format.format(), &|result| {
        if let Some(line) = crate::batch::failure_line(result) {
            bar.suspend(|| eprintln!("{line}"));
        }
        bar.inc(1);
    });
    bar.finish_and_clear();
    summary.exit_code()
}

/// Runs `compare`; returns the exit code. One comparison file (`SET.crosscheck`) in place
/// of the articles compares its files with its settings, reference and decisions.
pub fn run_compare(
    files: &[PathBuf],
    reference: Option<&std::path::Path>,
    format: Option<ReportFormat>,
    output: Option<&std::path::Path>,
) -> i32 {
    if let [single] = files
        && crate::session::is_comparison_file(single)
    {
        return match crate::session::ComparisonFile::load(single) {
            Ok(set) => {
                let files: Vec<PathBuf> = set.files.iter().filter(|f| !set.excluded.contains(f)).cloned().collect();
                let reference = reference.map(std::path::Path::to_path_buf).or(set.reference);
                let run = Run { settings: set.settings, decisions: &set.decisions };
                compare_files(&files, reference.as_deref(), run, format, output)
            }
            Err(e) => {
                eprintln!("crosscheck: {e}");
                EXIT_FAILURE
            }
        };
    }
    let run = Run { settings: crate::compare::Settings::default(), decisions: &[] };
    compare_files(files, reference, run, format, output)
}

/// What a comparison runs with besides its files.
struct Run<'a> {
    settings: crate::compare::Settings,
    decisions: &'a [crate::compare::decisions::Decision],
}

fn compare_files(
    files: &[PathBuf],
    reference: Option<&std::path::Path>,
    run: Run<'_>,
    format: Option<ReportFormat>,
    output: Option<&std::path::Path>,
) -> i32 {
    let mut paths: Vec<PathBuf> = files.to_vec();
    if let Some(r) = reference
        && !paths.iter().any(|p| p == r)
    {
        paths.insert(0, r.to_path_buf());
    }
    let long = paths.len() >= PROGRESS_MIN_FILES;
    let t0 = std::time::Instant::now();
    let (docs, ref_index, failed) = load_all(&paths, reference, long);
    let t0 = crate::timings::stage("read and analyse", t0);
    if docs.is_empty() {
        eprintln!("crosscheck: no article could be read");
        return EXIT_FAILURE;
    }
    let format = match format {
        Some(f) => f.format(),
        None => output.and_then(crate::report::Format::from_path).unwrap_or(crate::report::Format::Json),
    };
    let n = docs.len();
    let spin = if long { crate::batch::spinner(&format!("comparing {n} articles")) } else { ProgressBar::hidden() };
    let mut cmp = crate::compare::compare(docs, run.settings, ref_index);
    crate::compare::decisions::apply(&mut cmp, run.decisions);
    let t0 = crate::timings::stage("compare", t0);
    spin.set_message("writing the report");
    // Cleared before anything else reaches stderr or stdout.
    let spin = SpinnerGuard(spin);
    match output {
        Some(out) => {
            let inputs: Vec<&std::path::Path> = paths.iter().map(PathBuf::as_path).collect();
            let saved = crate::report::save_report(&cmp, format, out, &inputs);
            drop(spin);
            if let Err(e) = saved {
                eprintln!("crosscheck: {e}");
                return EXIT_FAILURE;
            }
        }
        None => {
            drop(spin);
            let created = crate::report::json::now_rfc3339();
            let mut stdout = std::io::stdout().lock();
            if let Err(e) = crate::report::write_to(&cmp, format, &created, &mut stdout)
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                eprintln!("crosscheck: cannot write output: {e}");
                return EXIT_FAILURE;
            }
        }
    }
    crate::timings::stage("report", t0);
    // Freeing a large comparison piece by piece takes a while and nobody waits for it: the
    // process is about to exit (and a caller that lives on gets the memory back all the same).
    std::thread::Builder::new().name("crosscheck-free".into()).spawn(move || drop(cmp)).ok();
    if failed { EXIT_BAD_INPUT } else { EXIT_OK }
}

/// Reads every file in parallel (with a progress bar when `long`), saying on stderr why a
/// file could not be read; returns the articles read, the reference's index among them,
/// and whether any file failed.
fn load_all(
    paths: &[PathBuf],
    reference: Option<&std::path::Path>,
    long: bool,
) -> (Vec<crate::compare::Loaded>, Option<usize>, bool) {
    use rayon::prelude::*;
    let bar = if long { crate::batch::progress_bar(paths.len() as u64, "reading") } else { ProgressBar::hidden() };
    let results: Vec<_> = paths
        .par_iter()
        .map(|p| {
            let r = crate::worker::load_one(p);
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    let mut docs = Vec::new();
    let mut ref_index = None;
    let mut failed = false;
    for (path, result) in paths.iter().zip(results) {
        match result {
            Ok(loaded) => {
                if reference == Some(path.as_path()) {
                    ref_index = Some(docs.len());
                }
                docs.push(loaded);
            }
            Err(e) => {
                eprintln!("crosscheck: {e}");
                failed = true;
            }
        }
    }
    (docs, ref_index, failed)
}

/// Clears a spinner when dropped.
struct SpinnerGuard(ProgressBar);

impl Drop for SpinnerGuard {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}
