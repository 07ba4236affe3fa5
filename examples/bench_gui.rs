//! Frame-time benchmark of the window with many articles loaded, run as
//! `cargo run --release --example bench_gui -- DIR` (DIR: e.g. the 100-article scale corpus).
//!
//! It builds the real app in an egui_kittest harness (no GPU needed), waits for loading and
//! comparing, then scrolls the Claims and Read views with the mouse wheel and reports the
//! median and 95th-percentile CPU time of one egui frame (the app's `logic` + `ui` and
//! egui's layout; painting to the screen is the GPU's and is not included). It also
//! reports the time from creating the app to its first frame.

use crosscheck::gui::{Action, CrosscheckApp, NoDialogs, StartOptions, View};
use egui_kittest::Harness;
use std::time::{Duration, Instant};

// The same allocator as the `crosscheck` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "target/scale/100".into());
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.sort();
    if files.is_empty() {
        eprintln!("no files in {dir}");
        std::process::exit(2);
    }
    let n = files.len();
    let t0 = Instant::now();
    let mut h = Harness::builder().with_size([1600.0, 1000.0]).with_max_steps(1_000_000).build_eframe(move |cc| {
        CrosscheckApp::new(cc, StartOptions { files, examples: false, recovery: None }, Box::new(NoDialogs))
    });
    h.step();
    let first_frame = t0.elapsed();
    let loaded = h.state_mut().wait_until_idle(Duration::from_secs(120));
    let ready = t0.elapsed();
    println!(
        "{n} articles: first frame after {:.1} ms; loaded and compared after {:.0} ms ({})",
        ms(first_frame),
        ms(ready),
        if loaded { "ok" } else { "timed out" }
    );
    for view in [View::Claims, View::Read, View::Quotes] {
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
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
