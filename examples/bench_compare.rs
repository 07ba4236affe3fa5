//! Benchmark of the whole `compare` path (read files → analyze → compare → JSON report),
//! run as `cargo run --release --example bench_compare -- DIR...`.
//!
//! For each directory it times the run several times and prints the median, the phases of
//! the last run, and the peak resident memory of the process (VmHWM).

use crosscheck::compare::{Settings, compare};
use crosscheck::report::{Format, write_to};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

// The same allocator as the `crosscheck` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: bench_compare DIR...   (each DIR holds the articles of one comparison)");
        std::process::exit(2);
    }
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    println!(
        "{:>6} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8} {:>8}",
        "files", "median", "read", "compare", "report", "min", "claims", "groups"
    );
    for dir in dirs {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect(),
            Err(e) => {
                eprintln!("{}: {e}", dir.display());
                continue;
            }
        };
        files.sort();
        let mut totals = Vec::new();
        let mut phases = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
        let mut counts = (0, 0);
        for _ in 0..runs {
            let t0 = Instant::now();
            let docs: Vec<_> = files.par_iter().filter_map(|p| crosscheck::worker::load_one(p).ok()).collect();
            let t1 = Instant::now();
            let cmp = compare(docs, Settings::default(), None);
            let t2 = Instant::now();
            let mut json = Vec::new();
            write_to(&cmp, Format::Json, "bench", &mut json).expect("report written to memory");
            let t3 = Instant::now();
            std::hint::black_box(json.len());
            totals.push(t3 - t0);
            phases = (t1 - t0, t2 - t1, t3 - t2);
            counts = (cmp.claims.len(), cmp.claim_groups.len());
        }
        totals.sort();
        let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
        println!(
            "{:>6} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8} {:>8}",
            files.len(),
            ms(totals[totals.len() / 2]),
            ms(phases.0),
            ms(phases.1),
            ms(phases.2),
            ms(totals[0]),
            counts.0,
            counts.1
        );
    }
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM"))
    {
        println!("peak memory: {}", line.trim_start_matches("VmHWM:").trim());
    }
}
