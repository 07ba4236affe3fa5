//! The command line: extract and compare, exit codes, one-line errors, reports on disk.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/example").join(name)
}

fn examples() -> Vec<PathBuf> {
    ["01_lunar_dispatch.txt", "02_evening_courier.html", "03_science_review.md", "04_stargazer_blog.txt"]
        .iter()
        .map(|n| example(n))
        .collect()
}

#[test]
fn extract_json_has_metadata_and_paragraph_spans() {
    let out = bin().args(["extract", "--json"]).arg(fixture("wire_report.txt")).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["title"], "Harbour bridge reopens after two-year repair");
    assert_eq!(v["outlet"], "Coastal Times");
    assert_eq!(v["byline"], "Ada Lindqvist");
    assert_eq!(v["published"], "March 4, 2024");
    assert_eq!(v["format"], "text");
    assert_eq!(v["encoding"], "UTF-8");
    let text = v["text"].as_str().expect("text");
    for p in v["paragraphs"].as_array().expect("paragraphs") {
        let (s, e) = (p["start"].as_u64().expect("start") as usize, p["end"].as_u64().expect("end") as usize);
        assert_eq!(&text[s..e], p["text"].as_str().expect("text"));
    }
    assert!(v["sentences"].is_array() && v["quotes"].is_array() && v["claims"].is_array());
}

#[test]
fn extract_plain_output() {
    let out = bin().arg("extract").arg(example("04_stargazer_blog.txt")).output().expect("runs");
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("title:     One Giant Leap: Humanity Reaches the Moon"));
    assert_eq!(s.matches("One Giant Leap: Humanity Reaches the Moon").count(), 1, "headline kept once:\n{s}");
    assert!(!s.contains("Post a Comment"));
}

#[test]
fn extract_bad_file_is_one_line_naming_it() {
    let out = bin().arg("extract").arg(fixture("empty.txt")).output().expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
}

#[test]
fn compare_writes_a_json_report() {
    let out = bin().args(["compare", "--format", "json"]).args(examples()).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["schema"], "crosscheck.report/2");
    assert_eq!(v["warnings"], serde_json::json!([]));
    assert_eq!(v["articles"].as_array().expect("articles").len(), 4);
    assert_eq!(v["similarity"]["matrix"].as_array().expect("matrix").len(), 4);
}

#[test]
fn compare_goes_on_past_a_bad_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = dir.path().join("report.json");
    let out = bin()
        .arg("compare")
        .args(examples())
        .arg(fixture("noise.bin"))
        .arg("--output")
        .arg(&report)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(crosscheck::cli::EXIT_BAD_INPUT));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("noise.bin"), "{err}");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report written")).expect("json");
    assert_eq!(v["articles"].as_array().expect("articles").len(), 4);
}

#[test]
fn compare_refuses_to_overwrite_an_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Title A\n\nThe mayor opened the bridge on Monday.").expect("write");
    std::fs::write(&b, "Title B\n\nThe mayor opened the bridge on Tuesday.").expect("write");
    let before = std::fs::read(&a).expect("read");
    let out = bin().arg("compare").arg(&a).arg(&b).arg("--output").arg(&a).output().expect("runs");
    assert_eq!(out.status.code(), Some(crosscheck::cli::EXIT_FAILURE));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "the reason on one line: {err}");
    assert!(err.contains("refusing to write over an input file") && err.contains("a.txt"), "{err}");
    assert_eq!(std::fs::read(&a).expect("read"), before);
}

/// `--output` naming a pipe (or `/dev/stdout`, `/dev/null`) writes into it: a save by rename
/// would replace it with a file, and as root it replaced `/dev/null` itself.
#[cfg(unix)]
#[test]
fn compare_writes_into_a_pipe_and_leaves_it_a_pipe() {
    use std::io::Read;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("report.pipe");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs").success());
    // Opened for reading without waiting for a writer, so the test cannot hang: with no
    // writer ever, the reader sees the end at once.
    const O_NONBLOCK: i32 = 0o4000;
    let mut reader = std::fs::OpenOptions::new().read(true).custom_flags(O_NONBLOCK).open(&fifo).expect("fifo opened");
    let mut child = bin()
        .args(["compare", "--format", "json", "--output"])
        .arg(&fifo)
        .args(examples())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut got = Vec::new();
    let mut buf = [0u8; 1 << 16];
    let mut opened = false;
    let done = loop {
        match reader.read(&mut buf) {
            Ok(0) if opened => break child.wait().expect("waited"),
            Ok(0) => {
                if let Some(status) = child.try_wait().expect("polled") {
                    break status;
                }
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Ok(n) => {
                opened = true;
                got.extend_from_slice(&buf[..n]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                opened = true;
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(e) => panic!("reading the pipe: {e}"),
        }
    };
    assert!(done.success(), "exit {done:?}");
    assert!(std::fs::metadata(&fifo).expect("still there").file_type().is_fifo(), "the pipe was replaced");
    let v: serde_json::Value = serde_json::from_slice(&got).expect("the report came through the pipe");
    assert_eq!(v["schema"], "crosscheck.report/2");
}

/// `--output` naming a link to a file replaces the file it points to, not the link.
#[cfg(unix)]
#[test]
fn compare_through_a_link_keeps_the_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.json");
    let link = dir.path().join("link.json");
    std::fs::write(&real, "old").expect("write");
    std::os::unix::fs::symlink(&real, &link).expect("link");
    let out =
        bin().args(["compare", "--format", "json", "--output"]).arg(&link).args(examples()).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "the link was replaced");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&real).expect("read")).expect("json");
    assert_eq!(v["schema"], "crosscheck.report/2");
}

#[test]
fn compare_with_a_reference_checks_every_quote_against_it() {
    let files = examples();
    let out = bin().arg("compare").args(&files[1..]).arg("--reference").arg(&files[0]).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["settings"]["reference"], "a1", "the reference comes first");
    assert_eq!(v["articles"][0]["reference"], true);
    let checks = v["reference_check"].as_array().expect("reference_check is present");
    assert!(!checks.is_empty());
    let verdicts: Vec<&str> = checks.iter().filter_map(|c| c["verdict"].as_str()).collect();
    assert!(verdicts.iter().all(|v| ["verbatim", "partial", "altered", "not_in_reference"].contains(v)));
    // "one small step for man" (the reference) against "for a man" elsewhere.
    assert!(verdicts.contains(&"altered"), "{verdicts:?}");
    let quotes = v["quotes"].as_array().expect("quotes");
    for c in checks {
        let q = quotes.iter().find(|q| q["id"] == c["quote"]).expect("checked quote exists");
        assert_ne!(q["article"], "a1", "the reference's own quotes are not checked against themselves");
    }
}

#[test]
fn batch_writes_a_report_per_folder_and_names_the_broken_one() {
    let root = tempfile::tempdir().expect("tempdir");
    let files = examples();
    let mut folders = Vec::new();
    for (name, pick) in [("moon-1", &files[..2]), ("moon-2", &files[2..])] {
        let dir = root.path().join(name);
        std::fs::create_dir_all(&dir).expect("mkdir");
        for f in pick {
            std::fs::copy(f, dir.join(f.file_name().expect("name"))).expect("copy");
        }
        folders.push(dir);
    }
    // A folder whose files are all unreadable: empty, binary noise.
    let broken = root.path().join("broken");
    std::fs::create_dir_all(&broken).expect("mkdir");
    std::fs::copy(fixture("empty.txt"), broken.join("empty.txt")).expect("copy");
    std::fs::copy(fixture("noise.bin"), broken.join("noise.bin")).expect("copy");
    folders.insert(1, broken);
    let out_dir = root.path().join("reports");
    let out = bin()
        .arg("batch")
        .args(&folders)
        .arg("--output")
        .arg(&out_dir)
        .args(["--format", "html"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(crosscheck::cli::EXIT_BAD_INPUT));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line for the one failed folder: {err}");
    assert!(err.contains("broken") && err.contains("no article could be read"), "{err}");
    assert!(out.stdout.is_empty(), "nothing on stdout");
    let mut written: Vec<String> = std::fs::read_dir(&out_dir)
        .expect("reports folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, vec!["moon-1.html", "moon-2.html"]);
    let html = std::fs::read_to_string(out_dir.join("moon-2.html")).expect("read");
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("03_science_review.md"), "the folder's own files");

    // All good: exit 0, JSON by default, and the inputs are untouched.
    let before = std::fs::read(folders[0].join("01_lunar_dispatch.txt")).expect("read");
    let out = bin().arg("batch").arg(&folders[0]).arg(&folders[2]).arg("-o").arg(&out_dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(crosscheck::cli::EXIT_OK), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("moon-1.json")).expect("json report"))
            .expect("json");
    assert_eq!(v["articles"].as_array().expect("articles").len(), 2);
    assert_eq!(std::fs::read(folders[0].join("01_lunar_dispatch.txt")).expect("read"), before);
}
