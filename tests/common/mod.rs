//! Helpers shared by the end-to-end tests that run the srm-lint binary.

use std::process::Command;

use serde_json::Value;

/// Runs srm-lint with `--no-config --format json` and `args`: its exit code and JSON report.
pub fn run_json(args: &[&str]) -> (i32, Value) {
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["--no-config", "--format", "json"])
        .args(args)
        // A variable set in the developer's shell must not change the expected findings.
        .env_remove("TF_VAR_encrypt_volumes")
        .output()
        .expect("run srm-lint");
    (
        output.status.code().unwrap_or(-1),
        serde_json::from_slice(&output.stdout).expect("JSON report"),
    )
}
