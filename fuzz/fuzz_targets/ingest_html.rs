//! Bytes → `ingest_bytes` as a `.html` file → `analyze`; every span must stay on char
//! boundaries inside the text (see `src/lib.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| crosscheck_fuzz::ingest_and_check("fuzz.html", data));
