//! Every output format over one shared set of findings (the bundled example), snapshot-tested, plus real validators.

mod redact;

use std::path::PathBuf;
use std::process::Command;

fn run(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("run srm-lint");
    assert_eq!(output.status.code(), Some(1), "the example has findings");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn example(format: &str) -> String {
    run(&["--format", format, "--verbose", "testdata/examples"])
}

#[test]
fn json_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_json", example("json"));
}

#[test]
fn human_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_human", example("human"));
}

#[test]
fn sarif_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_sarif", example("sarif"));
}

#[test]
fn github_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_github", example("github"));
}

#[test]
fn junit_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_junit", example("junit"));
}

#[test]
fn markdown_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_markdown", example("markdown"));
}

#[test]
fn compact_report_of_the_example() {
    let _filters = redact::settings().bind_to_scope();
    insta::assert_snapshot!("example_compact", example("compact"));
}

#[test]
fn json_report_is_deterministic() {
    let first = example("json");
    for _ in 0..3 {
        assert_eq!(first, example("json"));
    }
}

#[test]
fn several_formats_in_one_run_and_output_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sarif = dir.path().join("r.sarif");
    let junit = dir.path().join("r.xml");
    let json = dir.path().join("r.json");
    let summary = dir.path().join("summary.md");
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args([
            "--format",
            &format!("sarif={}", sarif.display()),
            "--format",
            &format!("junit={}", junit.display()),
        ])
        .args(["--format", "github", "testdata/examples"])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .expect("run srm-lint");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("::"));
    assert!(
        std::fs::read_to_string(&sarif)
            .expect("sarif written")
            .contains("\"version\": \"2.1.0\"")
    );
    assert!(
        std::fs::read_to_string(&junit)
            .expect("junit written")
            .starts_with("<?xml")
    );
    assert!(
        std::fs::read_to_string(&summary)
            .expect("summary written")
            .contains("| shared-responsibility area |")
    );
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["--format", "json", "--output"])
        .arg(&json)
        .arg("testdata/examples")
        .output()
        .expect("run srm-lint");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stdout.is_empty(),
        "--output sends the report to the file only"
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json written"))
            .expect("valid JSON");
    assert!(report["findings"].as_array().is_some_and(|f| !f.is_empty()));
}

/// The SARIF multitool (`npm install @microsoft/sarif-multitool`) validates with GitHub's
/// ingestion rules. `.ci/run` installs it and sets SRM_LINT_REQUIRE_VALIDATORS, so CI cannot skip this.
#[test]
fn sarif_passes_the_sarif_multitool_with_github_rules() {
    let Some(tool) = std::env::var_os("SRM_LINT_SARIF_MULTITOOL").map(PathBuf::from) else {
        assert!(
            std::env::var_os("SRM_LINT_REQUIRE_VALIDATORS").is_none(),
            "SRM_LINT_SARIF_MULTITOOL is not set but validators are required"
        );
        eprintln!(
            "skipped: set SRM_LINT_SARIF_MULTITOOL to the Sarif.Multitool binary to validate SARIF"
        );
        return;
    };
    // The example, and a module finding with relatedLocations (its trace).
    let modules = run(&[
        "--format",
        "sarif",
        "--policy",
        "SRM-AWS-EC2-002",
        "testdata/terraform-eval/modules-nested",
    ]);
    assert!(modules.contains("relatedLocations"));
    for (name, text) in [("example", example("sarif")), ("modules", modules)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let sarif = dir.path().join(format!("{name}.sarif"));
        let validation = dir.path().join("validation.sarif");
        std::fs::write(&sarif, text).expect("write sarif");
        let status = Command::new(&tool)
            .args(["validate"])
            .arg(&sarif)
            .arg("--output")
            .arg(&validation)
            .args(["--rule-kind", "Gh;Sarif", "--log", "ForceOverwrite"])
            .status()
            .expect("run the SARIF multitool");
        assert!(status.success(), "the multitool failed");
        let result: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&validation).expect("validation output"))
                .expect("validation is JSON");
        let problems: Vec<String> = result["runs"][0]["results"]
            .as_array()
            .map(|r| {
                r.iter()
                    .map(|x| format!("{}: {}", x["ruleId"], x["message"]["text"]))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            problems.is_empty(),
            "SARIF validation problems ({name}):\n{}",
            problems.join("\n")
        );
    }
}
