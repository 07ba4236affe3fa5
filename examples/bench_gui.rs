//! Frame-time benchmark of the window with many articles on the command line.
//!
//! ```sh
//! nice cargo run --release --features gui --example bench_gui -- /tmp/scale/100
//! nice cargo run --release --features gui --example bench_gui -- /tmp/scale/500 --no-scroll
//! ```
//! (`python3 ../shared/tools/make_scale_corpus.py ../shared/corpus/readability /tmp/scale/N N`
//! makes a corpus of N articles.) It builds the real app in an egui_kittest harness (no GPU
//! needed) with every file of DIR as on `crosscheck open DIR/*`, and reports the CPU time of
//! egui frames (the app's `logic` + `ui` and egui's layout; painting to the screen is the
//! GPU's and is not included; the harness keeps AccessKit on, which the window only does for
//! a screen reader, so the figures are on the high side):
//!
//! - the first frame: from creating the app to the end of its first frame;
//! - the frames while the files load and are compared, one every 10 ms as a window would
//!   draw them, among them the frame that takes in the comparison and the one that first
//!   shows its rows (the longest of them is what "no frame over 50 ms when a comparison
//!   arrives" is about);
//! - the median, 95th percentile and longest frame while the mouse wheel scrolls the Claims,
//!   Read and Quotes views (`--no-scroll` leaves this out; `--all-views` adds Names and
//!   Overview);
//! - a decision of the reader (mark a divergence reviewed) and the frame drawing it.
//!
//! Other builds on the machine move these figures: compare runs made in the same minutes.

use crosscheck::gui::{Action, CrosscheckApp, Decide, NoDialogs, Selection, StartOptions, View};
use egui_kittest::Harness;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

// The same allocator as the `crosscheck` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How long to wait for loading and comparing before giving up.
const PATIENCE: Duration = Duration::from_secs(600);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scroll = !args.iter().any(|a| a == "--no-scroll");
    let mut views = vec![View::Claims, View::Read, View::Quotes];
    if args.iter().any(|a| a == "--all-views") {
        views.extend([View::Names, View::Overview]);
    }
    let dir = args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| "/tmp/scale/100".into());
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.sort();
    if files.is_empty() {
        eprintln!("no files in {dir}");
        std::process::exit(2);
    }
    let n = files.len();
    let t0 = Instant::now();
    let first_pass: Arc<OnceLock<Duration>> = Arc::default();
    let seen = first_pass.clone();
    // Two frames only (the harness's first, then one step): the rest are stepped and timed here.
    let mut h = Harness::builder().with_size([1600.0, 1000.0]).with_max_steps(0).build_eframe(move |cc| {
        cc.egui_ctx.on_end_pass(
            "bench_first_frame",
            Arc::new(move |_| {
                let _ = seen.set(t0.elapsed());
            }),
        );
        CrosscheckApp::new(cc, StartOptions { files, examples: false, recovery: None }, Box::new(NoDialogs))
    });
    let first = first_pass.get().copied().unwrap_or_default();
    println!("{n} articles: first frame {:.1} ms after creating the app", ms(first));
    arrival(&mut h, t0);
    if scroll {
        for view in views {
            scroll_view(&mut h, view);
        }
    }
}

/// Steps frames while the articles load and are compared; reports the longest.
fn arrival(h: &mut Harness<'_, CrosscheckApp>, t0: Instant) {
    let mut frames = Vec::new();
    // What each frame was during: the longest ones are named by it.
    let mut phases = Vec::new();
    let (mut took, mut shown) = (None, None);
    let mut settle = 0;
    while t0.elapsed() < PATIENCE {
        let (comparing, had) = (h.state().comparing, h.state().comparison.is_some());
        let phase = if h.state().is_loading() {
            "loading"
        } else if comparing {
            "comparing"
        } else if h.state().deriving {
            "deriving"
        } else {
            "idle"
        };
        let t = Instant::now();
        h.step();
        let dt = t.elapsed();
        frames.push(dt);
        phases.push(phase);
        if comparing && !h.state().comparing {
            took = Some(dt);
        }
        if !had && h.state().comparison.is_some() {
            shown = Some(dt);
        }
        // A few frames more once idle: the first draw of the new rows counts too.
        if !h.state().is_busy() && h.state().comparison.is_some() {
            settle += 1;
            if settle > 5 {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let idle = !h.state().is_busy();
    let mut sorted = frames.clone();
    sorted.sort();
    let opt = |d: Option<Duration>| d.map(|d| format!("{:.1} ms", ms(d))).unwrap_or_else(|| "not seen".into());
    println!(
        "  loaded and compared {:.0} ms after start ({}); {} frames meanwhile: median {:.2} ms, longest {:.1} ms",
        ms(t0.elapsed()),
        if idle { "ok" } else { "timed out" },
        frames.len(),
        ms(sorted[sorted.len() / 2]),
        ms(sorted[sorted.len() - 1]),
    );
    println!("  the frame taking in the comparison {}, the frame first showing its rows {}", opt(took), opt(shown));
    let mut longest: Vec<usize> = (0..frames.len()).collect();
    longest.sort_by_key(|&i| std::cmp::Reverse(frames[i]));
    let named: Vec<String> =
        longest.iter().take(3).map(|&i| format!("#{i} {:.1} ms ({})", ms(frames[i]), phases[i])).collect();
    println!("  longest frames: {}", named.join(", "));
    decide(h);
}

/// Marks the first divergence reviewed, as a click in Details would; reports the frame of
/// the click, then the longest frame until the decision shows (above
/// `DECIDE_IN_FRAME_UP_TO` claims it is applied on the derive thread).
fn decide(h: &mut Harness<'_, CrosscheckApp>) {
    let Some(cmp) = h.state().comparison.clone() else { return };
    let Some(&sel) = h.state().derived.divergences.iter().find(|d| !matches!(d, Selection::Entity(_))) else { return };
    let Some(anchor) = crosscheck::gui::decide::group_anchor(&cmp, sel) else { return };
    let t = Instant::now();
    h.state_mut().apply(Action::Decide(Decide::Reviewed(anchor, true)));
    h.step();
    let click = t.elapsed();
    let mut longest = Duration::ZERO;
    while h.state().is_busy() && t.elapsed() < PATIENCE {
        std::thread::sleep(Duration::from_millis(10));
        let f = Instant::now();
        h.step();
        longest = longest.max(f.elapsed());
    }
    println!(
        "  a decision (mark reviewed): the click's frame {:.1} ms, shown after {:.0} ms, longest frame meanwhile {:.1} ms",
        ms(click),
        ms(t.elapsed()),
        ms(longest)
    );
}

/// Scrolls `view` with the mouse wheel, frame after frame; reports the frame times.
fn scroll_view(h: &mut Harness<'_, CrosscheckApp>, view: View) {
    h.state_mut().apply(Action::SetView(view));
    for _ in 0..3 {
        h.step();
    }
    // The pointer over the middle of the view, then the wheel, frame after frame.
    h.event(egui::Event::PointerMoved(egui::pos2(900.0, 500.0)));
    let mut times = Vec::new();
    let mut deepest = 0.0f32;
    for i in 0..200 {
        let down = if (i / 50) % 2 == 0 { -120.0 } else { 120.0 };
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, down),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
        deepest = deepest.max(h.state().read_scroll.offsets.first().copied().unwrap_or(0.0));
    }
    times.sort();
    if view == View::Read {
        println!("  (the first Read column scrolled down to {deepest:.0} px and back)");
    }
    println!(
        "{:>7} view, scrolling: median {:.2} ms, p95 {:.2} ms, max {:.2} ms per frame",
        view.label(),
        ms(times[times.len() / 2]),
        ms(times[times.len() * 95 / 100]),
        ms(times[times.len() - 1])
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
