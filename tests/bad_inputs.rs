//! Bad inputs over the engine and the command line (issue 7): every case is generated at
//! test time into a temporary folder. For each: no panic, no hang (a time bound per case), a
//! one-line reason naming the file where it is refused, the good files still compared and
//! the report written, and no input ever written to.

use crosscheck::compare::{self, Loaded, Settings};
use crosscheck::report::{self, Format};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "bad_inputs/cases.rs"]
mod cases;
use cases::*;

// ---------------------------------------------------------------------------------------
// Running a case with a time bound.

#[derive(Debug)]
enum Outcome {
    Loaded { words: usize, took: Duration },
    Rejected { line: String, took: Duration },
    Panicked(String),
    Hung,
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(non-string panic)".into())
}

/// Loads the case and, when it loads and `good` is given, compares it with that article and
/// renders the JSON report — on a thread with the usual 2 MiB stack, within `case.limit`.
fn run_engine(case: &Case, good: Option<&Loaded>) -> Outcome {
    let (tx, rx) = std::sync::mpsc::channel();
    let path = case.path.clone();
    let good = good.cloned();
    let started = Instant::now();
    std::thread::Builder::new()
        .name(format!("case {}", case.name))
        .stack_size(2 << 20)
        .spawn(move || {
            let r = std::panic::catch_unwind(move || match crosscheck::worker::load_one(&path) {
                Ok(loaded) => {
                    let words = loaded.article.word_count();
                    if let Some(good) = good {
                        let cmp = compare::compare(vec![good, loaded], Settings::default(), None);
                        let json = report::render_at(&cmp, Format::Json, "2026-01-01T00:00:00Z").expect("renders");
                        assert!(json.starts_with('{'));
                    }
                    Ok(words)
                }
                Err(e) => {
                    assert_eq!(e.path, path, "the error carries the path it was given");
                    Err(e.to_string())
                }
            });
            let _ = tx.send(r);
        })
        .expect("spawn");
    match rx.recv_timeout(case.limit) {
        Ok(Ok(Ok(words))) => Outcome::Loaded { words, took: started.elapsed() },
        Ok(Ok(Err(line))) => Outcome::Rejected { line, took: started.elapsed() },
        Ok(Err(p)) => Outcome::Panicked(panic_message(&*p)),
        // The thread is left behind: there is no killing it; the test fails below.
        Err(_) => Outcome::Hung,
    }
}

struct CliRun {
    /// `None` when it was killed for running over time, or ended by a signal.
    code: Option<i32>,
    timed_out: bool,
    stderr: String,
    stdout: Vec<u8>,
    took: Duration,
}

/// Runs the command-line program with a time bound; stdout and stderr go to files so a
/// large output cannot block it.
fn run_cli(args: &[&std::ffi::OsStr], limit: Duration) -> CliRun {
    let io = tempfile::tempdir().expect("tempdir");
    let out_path = io.path().join("stdout");
    let err_path = io.path().join("stderr");
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("spawn crosscheck");
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait after kill");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    CliRun {
        code: if timed_out { None } else { status.code() },
        timed_out,
        stderr: String::from_utf8_lossy(&std::fs::read(&err_path).expect("stderr")).into_owned(),
        stdout: std::fs::read(&out_path).expect("stdout"),
        took: started.elapsed(),
    }
}

/// A fingerprint of every input: SHA-256, length and modification time of files; the
/// listing of directories; "missing" for what does not exist (or cannot be read).
fn snapshot(paths: &[PathBuf]) -> BTreeMap<PathBuf, String> {
    paths
        .iter()
        .map(|p| {
            let print = match std::fs::metadata(p) {
                Err(_) => "missing".to_string(),
                Ok(m) if m.is_dir() => {
                    let mut names: Vec<String> = std::fs::read_dir(p)
                        .expect("list")
                        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                        .collect();
                    names.sort();
                    format!("dir {names:?}")
                }
                Ok(m) => {
                    let hash = std::fs::read(p)
                        .map(|b| Sha256::digest(&b).iter().map(|x| format!("{x:02x}")).collect::<String>())
                        .unwrap_or_else(|e| format!("unreadable ({:?})", e.kind()));
                    format!("{hash} {} {:?}", m.len(), m.modified().ok())
                }
            };
            (p.clone(), print)
        })
        .collect()
}

fn good_loaded(dir: &Path) -> Loaded {
    let path = dir.join("reference_good.txt");
    std::fs::write(&path, ARTICLE).expect("write");
    crosscheck::worker::load_one(&path).expect("good article loads")
}

fn check_reason_line(case: &Case, line: &str) -> Result<(), String> {
    if line.contains('\n') || line.contains('\r') {
        return Err(format!("{}: reason is not one line: {line:?}", case.name));
    }
    if !line.contains(case.name) {
        return Err(format!("{}: reason does not name the file: {line:?}", case.name));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// The tests.

/// Every case through the engine (load, analyze, compare with a good article, JSON report),
/// each on its own thread with a time bound. Prints the figures for issue 7.
#[test]
fn engine_survives_every_bad_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let t = Instant::now();
    let cases = build_cases(dir.path());
    eprintln!("built {} cases in {:.1?}", cases.len(), t.elapsed());
    let all_paths: Vec<PathBuf> = cases.iter().map(|c| c.path.clone()).collect();
    let before = snapshot(&all_paths);
    let good = good_loaded(dir.path());

    let (mut panics, mut hangs, mut rejected, mut loaded, mut words) = (0, 0, 0, 0, 0);
    let mut problems = Vec::new();
    for case in &cases {
        let outcome = run_engine(case, Some(&good));
        eprintln!("  {:<28} {outcome:?}", case.name);
        match outcome {
            Outcome::Loaded { took, .. } | Outcome::Rejected { took, .. } if took > case.limit => {
                unreachable!("recv_timeout bounds it")
            }
            Outcome::Loaded { words: w, .. } => {
                loaded += 1;
                words += w;
                if case.expect == Expect::Reject {
                    problems.push(format!("{}: loaded but should be refused", case.name));
                }
            }
            Outcome::Rejected { line, .. } => {
                rejected += 1;
                if case.expect == Expect::Accept {
                    problems.push(format!("{}: refused but should load: {line}", case.name));
                }
                if let Err(p) = check_reason_line(case, &line) {
                    problems.push(p);
                }
            }
            Outcome::Panicked(m) => {
                panics += 1;
                problems.push(format!("{}: PANIC: {m}", case.name));
            }
            Outcome::Hung => {
                hangs += 1;
                problems.push(format!("{}: HANG (over {:?})", case.name, case.limit));
            }
        }
    }
    let after = snapshot(&all_paths);
    let changed = before.iter().filter(|(p, h)| after.get(*p) != Some(*h)).count();
    println!(
        "bad inputs tried: {}, panics: {panics}, hangs: {hangs}, rejections: {rejected}, loaded: {loaded} \
         ({words} words), inputs changed: {changed} ({:.1?})",
        cases.len(),
        t.elapsed()
    );
    assert_eq!(changed, 0, "inputs were changed");
    assert!(problems.is_empty(), "problems:\n{}", problems.join("\n"));
}

/// `crosscheck extract FILE` for every case: exit 0 or 1, never a crash; a refusal is one line naming the file.
#[test]
fn cli_extract_each_bad_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = build_cases(dir.path());
    let all_paths: Vec<PathBuf> = cases.iter().map(|c| c.path.clone()).collect();
    let before = snapshot(&all_paths);
    let mut problems = Vec::new();
    for case in &cases {
        let run = run_cli(&["extract".as_ref(), "--json".as_ref(), case.path.as_os_str()], case.limit * 2);
        let lines: Vec<&str> = run.stderr.lines().collect();
        match run.code {
            None if run.timed_out => problems.push(format!("{}: HANG (killed after {:.1?})", case.name, run.took)),
            None => problems.push(format!("{}: CRASH (killed by a signal): {}", case.name, run.stderr)),
            Some(0) => {
                if case.expect == Expect::Reject {
                    problems.push(format!("{}: extract succeeded but should refuse", case.name));
                }
                if let Err(e) = serde_json::from_slice::<serde_json::Value>(&run.stdout) {
                    problems.push(format!("{}: extract --json printed invalid JSON: {e}", case.name));
                }
            }
            Some(1) => {
                if case.expect == Expect::Accept {
                    problems.push(format!("{}: refused but should load: {}", case.name, run.stderr));
                }
                if lines.len() != 1 {
                    problems.push(format!("{}: stderr is not one line: {:?}", case.name, run.stderr));
                } else if let Err(p) = check_reason_line(case, lines[0]) {
                    problems.push(p);
                }
            }
            Some(code) => problems.push(format!("{}: exit code {code}: {}", case.name, run.stderr)),
        }
    }
    assert_eq!(before, snapshot(&all_paths), "extract changed an input");
    assert!(problems.is_empty(), "problems:\n{}", problems.join("\n"));
}

/// One `crosscheck compare` run with every bad file plus two good articles: exit code 1,
/// one stderr line per refused file naming it, the good ones (and the loadable odd ones)
/// compared and the report written; no input written to, before or after saving.
#[test]
fn cli_compare_all_bad_inputs_with_two_good_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cases = build_cases(dir.path());
    let good = good_files(dir.path());
    for (i, g) in good.iter().enumerate() {
        let name = if i == 0 { "good_a.txt" } else { "good_b.html" };
        cases.push(Case { name, path: g.clone(), expect: Expect::Accept, limit: SHORT });
    }
    let inputs: Vec<PathBuf> = cases.iter().map(|c| c.path.clone()).collect();
    let before = snapshot(&inputs);
    let out_dir = tempfile::tempdir().expect("tempdir");
    let report_path = out_dir.path().join("report.json");
    let mut args: Vec<&std::ffi::OsStr> = vec!["compare".as_ref(), "--output".as_ref(), report_path.as_os_str()];
    args.extend(inputs.iter().map(|p| p.as_os_str()));
    let run = run_cli(&args, SHORT * 4);
    eprintln!("compare of {} files took {:.1?}; stderr:\n{}", inputs.len(), run.took, run.stderr);
    assert!(!run.timed_out, "compare hung (killed after {:.1?})", run.took);
    assert_eq!(run.code, Some(1), "exit code 1 when some inputs failed; stderr:\n{}", run.stderr);

    let lines: Vec<&str> = run.stderr.lines().collect();
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&report_path).expect("report written")).expect("report is JSON");
    let compared: Vec<&str> = report["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["file_name"].as_str().expect("file_name"))
        .collect();
    let mut problems = Vec::new();
    for case in &cases {
        let named: Vec<&&str> = lines.iter().filter(|l| l.contains(&format!("{}: ", case.path.display()))).collect();
        let in_report = compared.contains(&case.name);
        match (named.len(), in_report) {
            (1, false) => {
                if case.expect == Expect::Accept {
                    problems.push(format!("{}: refused but should be compared: {}", case.name, named[0]));
                }
            }
            (0, true) => {
                if case.expect == Expect::Reject {
                    problems.push(format!("{}: compared but should be refused", case.name));
                }
            }
            (n, r) => problems.push(format!("{}: {n} stderr lines name it, in report: {r}", case.name)),
        }
    }
    let refused = cases.iter().filter(|c| !compared.contains(&c.name)).count();
    assert_eq!(lines.len(), refused, "one stderr line per refused file:\n{}", run.stderr);
    assert!(compared.contains(&"good_a.txt") && compared.contains(&"good_b.html"), "{compared:?}");
    assert_eq!(before, snapshot(&inputs), "an input was written to");
    assert!(problems.is_empty(), "problems:\n{}", problems.join("\n"));

    // Saving over an input is refused, and leaves it as it was.
    let mut args: Vec<&std::ffi::OsStr> = vec!["compare".as_ref(), "--output".as_ref(), good[0].as_os_str()];
    args.extend(good.iter().map(|p| p.as_os_str()));
    let run = run_cli(&args, SHORT);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("good_a.txt"), "{}", run.stderr);
    assert_eq!(before, snapshot(&inputs), "saving over an input changed it");
}

/// Inputs are never written: hashes before and after extract, compare (stdout and file, all
/// three formats), and saving the comparison file.
#[test]
fn inputs_are_never_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut inputs = good_files(dir.path());
    let docx_path = dir.path().join("c.docx");
    std::fs::write(&docx_path, docx(&["Bridge reopens", "The bridge reopened on Monday, officials said."]))
        .expect("write");
    inputs.push(docx_path);
    let before = snapshot(&inputs);
    let out = tempfile::tempdir().expect("tempdir");
    for input in &inputs {
        let run = run_cli(&["extract".as_ref(), "--json".as_ref(), input.as_os_str()], SHORT);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    for format in ["json", "html", "md"] {
        let target = out.path().join(format!("report.{format}"));
        for output in [None, Some(&target)] {
            let mut args: Vec<&std::ffi::OsStr> = vec!["compare".as_ref(), "--format".as_ref(), format.as_ref()];
            if let Some(t) = output {
                args.extend(["--output".as_ref(), t.as_os_str()]);
            }
            args.extend(inputs.iter().map(|p| p.as_os_str()));
            let run = run_cli(&args, SHORT);
            assert_eq!(run.code, Some(0), "{}", run.stderr);
        }
        assert!(target.exists());
    }
    let session = crosscheck::session::ComparisonFile::new(inputs.clone(), Settings::default(), None, vec![]);
    session.save(&out.path().join("set.crosscheck")).expect("comparison file saved");
    assert!(session.save(&inputs[0]).is_err(), "a comparison file is never saved over an article");
    assert_eq!(before, snapshot(&inputs), "an input was written to");
}

/// The 50 MB file is refused from its size, without reading it.
#[test]
fn oversized_file_refused_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.txt");
    std::fs::File::create(&path).expect("create").set_len(50 * 1024 * 1024).expect("set_len");
    let t = Instant::now();
    let e = crosscheck::ingest::read_file(&path).expect_err("refused");
    assert!(t.elapsed() < Duration::from_secs(1), "took {:?}", t.elapsed());
    assert!(e.to_string().contains("huge.txt") && e.reason.contains("too large"), "{e}");
    let just_over = dir.path().join("just_over.txt");
    std::fs::File::create(&just_over)
        .expect("create")
        .set_len(crosscheck::ingest::MAX_FILE_BYTES + 1)
        .expect("set_len");
    assert!(crosscheck::ingest::read_file(&just_over).expect_err("refused").reason.contains("too large"));
}

/// About 20 MB of news text, under the 25 MB limit.
fn big_case(dir: &Path) -> Case {
    let path = dir.join("big_20mb.txt");
    std::fs::write(&path, format!("Big article\n\n{}", news_text(20 * 1024 * 1024, 21))).expect("write");
    Case { name: "big_20mb.txt", path, expect: Expect::Accept, limit: BIG }
}

/// A 20 MB article loads (read, decode, analyze) in bounded time and is not written to.
#[test]
fn big_article_loads_in_bounded_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = big_case(dir.path());
    let before = snapshot(std::slice::from_ref(&case.path));
    let outcome = run_engine(&case, None);
    eprintln!("{}: {outcome:?}", case.name);
    assert!(matches!(outcome, Outcome::Loaded { words, .. } if words > 2_000_000), "{outcome:?}");
    assert_eq!(before, snapshot(std::slice::from_ref(&case.path)));
}

/// A 20 MB article is compared with two good ones in bounded time, by the engine and by the
/// command line.
#[test]
fn big_article_compares_in_bounded_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = big_case(dir.path());
    let good = good_loaded(dir.path());
    let outcome = run_engine(&case, Some(&good));
    eprintln!("{}: {outcome:?}", case.name);
    assert!(matches!(outcome, Outcome::Loaded { .. }), "{outcome:?}");
    let mut args: Vec<&std::ffi::OsStr> = vec!["compare".as_ref(), "--format".as_ref(), "json".as_ref()];
    let goods = good_files(dir.path());
    args.extend(goods.iter().map(|p| p.as_os_str()));
    args.push(case.path.as_os_str());
    let run = run_cli(&args, BIG);
    eprintln!("cli compare took {:.1?}", run.took);
    assert_eq!(run.code, Some(0), "timed out: {}; {}", run.timed_out, run.stderr);
}
