//! Fuzz target: `srm_lint::fuzzing::terraform` on arbitrary UTF-8 text (see fuzz/README.md).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        srm_lint::fuzzing::terraform(text);
    }
});
