//! Stage timings on stderr for profiling (`CROSSCHECK_TIMINGS=1`): where a comparison's
//! time goes, stage by stage, without a profiler.

use std::sync::LazyLock;
use std::time::Instant;

static ON: LazyLock<bool> = LazyLock::new(|| std::env::var_os("CROSSCHECK_TIMINGS").is_some_and(|v| v != "0"));

/// Prints how long the stage `label` took since `since` (when timings are on) and returns
/// the start of the next stage.
pub fn stage(label: &str, since: Instant) -> Instant {
    if *ON {
        eprintln!("[timings] {label:<28} {:>8.1} ms", since.elapsed().as_secs_f64() * 1000.0);
    }
    Instant::now()
}
