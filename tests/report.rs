//! Snapshots of every output format over one shared set of findings: the bundled example.

use std::process::Command;

fn run(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run srm-lint");
    assert_eq!(output.status.code(), Some(1), "the example has findings");
    String::from_utf8_lossy(&output.stdout).replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

#[test]
fn json_report_of_the_example() {
    insta::assert_snapshot!(
        "example_json",
        run(&["--format", "json", "testdata/examples"])
    );
}

#[test]
fn human_report_of_the_example() {
    insta::assert_snapshot!("example_human", run(&["--verbose", "testdata/examples"]));
}

#[test]
fn json_report_is_deterministic() {
    let first = run(&["--format", "json", "testdata/examples"]);
    for _ in 0..3 {
        assert_eq!(first, run(&["--format", "json", "testdata/examples"]));
    }
}
