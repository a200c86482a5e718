//! Bad input never stops a run: every broken file gets an error naming it (and its line), and the other files are still linted.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

const INSECURE_BUCKET: &str =
    "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n  acl    = \"public-read\"\n}\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create fixture folder");
    }
    std::fs::write(path, bytes).expect("write fixture");
}

/// Runs the binary in `dir` with JSON output and returns (exit code, report).
fn run_json(dir: &Path, args: &[&str]) -> (i32, Value) {
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .current_dir(dir)
        .args(["--format", "json"])
        .args(args)
        .output()
        .expect("run srm-lint");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    (output.status.code().unwrap_or(-1), report)
}

fn error_for<'a>(report: &'a Value, file: &str) -> &'a Value {
    report["errors"]
        .as_array()
        .and_then(|errors| errors.iter().find(|e| e["file"] == file))
        .unwrap_or_else(|| panic!("no error for {file}: {report:#}"))
}

#[test]
fn broken_files_are_reported_and_the_rest_is_still_linted() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = temp.path();
    write(dir, "good/main.tf", INSECURE_BUCKET.as_bytes());
    write(
        dir,
        "broken/main.tf",
        b"resource \"aws_s3_bucket\" \"x\" {\n  bucket = \"x\"\n  acl = \n}\n",
    );
    write(
        dir,
        "binary/main.tf",
        b"\x7fELF\x02\x01\x01\x00\x00\x00garbage",
    );
    write(
        dir,
        "latin1/deploy.yaml",
        b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf\xe9\n",
    );
    write(dir, "empty/main.tf", b"");
    write(dir, "empty.yaml", b"");
    write(
        dir,
        "bad.yaml",
        b"apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n",
    );
    let mut bomb = String::from(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for level in 1..10u8 {
        let name = (b'a' + level) as char;
        let previous = (b'a' + level - 1) as char;
        let refs = vec![format!("*{previous}"); 9].join(",");
        bomb.push_str(&format!("  {name}: &{name} [{refs}]\n"));
    }
    write(dir, "bomb.yaml", bomb.as_bytes());
    let deep = format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: deep}}\ndata: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    write(dir, "deep.yaml", deep.as_bytes());
    let deep_hcl = format!(
        "resource \"a\" \"b\" {{\n  x = {}1{}\n}}\n",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    write(dir, "deephcl/main.tf", deep_hcl.as_bytes());

    let (code, report) = run_json(dir, &["."]);
    assert_eq!(code, 2, "errors give exit code 2: {report:#}");
    // The good module is still linted and its finding reported.
    let findings = report["findings"].as_array().expect("findings");
    assert!(
        findings.iter().any(|f| f["file"] == "good/main.tf"
            && f["policy_id"] == "SRM-AWS-S3-002"
            && f["start_line"] == 3),
        "{report:#}"
    );
    assert_eq!(error_for(&report, "broken/main.tf")["line"], 3);
    assert!(
        error_for(&report, "binary/main.tf")["message"]
            .as_str()
            .unwrap_or_default()
            .contains("binary")
    );
    let latin1 = error_for(&report, "latin1/deploy.yaml");
    assert_eq!(
        (latin1["line"].as_u64(), latin1["column"].as_u64()),
        (Some(4), Some(12))
    );
    assert_eq!(error_for(&report, "bad.yaml")["line"], 4);
    assert!(
        error_for(&report, "bomb.yaml")["message"]
            .as_str()
            .unwrap_or_default()
            .contains("alias")
    );
    assert!(error_for(&report, "deep.yaml")["line"].as_u64().is_some());
    let _ = error_for(&report, "deephcl/main.tf");
    let skipped = report["summary"]["skipped"].as_array().expect("skipped");
    assert!(
        skipped
            .iter()
            .any(|s| s["file"] == "empty.yaml" && s["reason"] == "empty file"),
        "{report:#}"
    );
    // An empty .tf file is a valid, empty module: linted, not an error.
    assert!(
        report["errors"]
            .as_array()
            .is_some_and(|e| e.iter().all(|e| e["file"] != "empty/main.tf"))
    );
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed_and_loops_do_not_hang() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = temp.path();
    write(dir, "app/main.tf", INSECURE_BUCKET.as_bytes());
    std::os::unix::fs::symlink(dir.join("app"), dir.join("app/loop")).expect("symlink");
    std::os::unix::fs::symlink(dir.join("app/main.tf"), dir.join("linked.tf")).expect("symlink");
    let (code, report) = run_json(dir, &["."]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(report["summary"]["files_scanned"], 1);
    let skipped = report["summary"]["skipped"].as_array().expect("skipped");
    assert!(
        skipped.iter().any(|s| s["file"] == "linked.tf"),
        "{report:#}"
    );
}

#[test]
fn bom_crlf_and_tabs_keep_lines_and_columns_right() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = temp.path();
    let text = "\u{feff}resource \"aws_s3_bucket\" \"b\" {\r\n\tbucket = \"b\"\r\n\tacl\t= \"public-read\"\r\n}\r\n";
    write(dir, "main.tf", text.as_bytes());
    let manifest = "\u{feff}apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: \"é\"\r\nspec:\r\n  containers:\r\n    - name: c\r\n      image: busybox:1.36\r\n      securityContext: {privileged: true}\r\n";
    write(dir, "pod.yaml", manifest.as_bytes());
    let (_, report) = run_json(
        dir,
        &[
            "--policy",
            "SRM-AWS-S3-002",
            "--policy",
            "SRM-K8S-POD-001",
            ".",
        ],
    );
    let findings = report["findings"].as_array().expect("findings");
    let position = |file: &str| {
        findings
            .iter()
            .find(|f| f["file"] == file)
            .map(|f| {
                (
                    f["start_line"].clone(),
                    f["start_column"].clone(),
                    f["end_line"].clone(),
                    f["end_column"].clone(),
                )
            })
            .unwrap_or_else(|| panic!("no finding in {file}: {report:#}"))
    };
    assert_eq!(
        position("main.tf"),
        (3.into(), 2.into(), 3.into(), 20.into())
    );
    assert_eq!(
        position("pod.yaml"),
        (9.into(), 25.into(), 9.into(), 40.into())
    );
}

#[test]
fn gitignore_hidden_folders_and_excludes_are_honoured() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = temp.path();
    write(dir, "app/main.tf", INSECURE_BUCKET.as_bytes());
    write(dir, "ignored/main.tf", INSECURE_BUCKET.as_bytes());
    write(
        dir,
        ".terraform/modules/x/main.tf",
        INSECURE_BUCKET.as_bytes(),
    );
    write(dir, "vendor/main.tf", INSECURE_BUCKET.as_bytes());
    write(dir, ".gitignore", b"ignored/\n");
    let (_, report) = run_json(dir, &["--exclude", "vendor", "."]);
    let files: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert!(files.iter().all(|f| *f == "app/main.tf"), "{files:?}");
    assert_eq!(report["summary"]["files_scanned"], 1);
    // Named explicitly, a hidden folder is linted.
    let (_, report) = run_json(dir, &[".terraform/modules/x"]);
    assert_eq!(report["summary"]["files_scanned"], 1, "{report:#}");
}
