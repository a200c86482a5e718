//! Configuration, suppressions, baselines and file-scoped runs, through the real binary in throwaway folders.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(path, text).expect("write file");
}

fn run(dir: &Path, args: &[&str]) -> (i32, Value, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run srm-lint");
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let report = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (
        output.status.code().unwrap_or(-1),
        report,
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

fn ids(report: &Value, key: &str) -> Vec<String> {
    report[key]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| {
                    format!(
                        "{}@{}",
                        f["policy_id"].as_str().unwrap_or(""),
                        f["start_line"]
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

const PUBLIC_BUCKETS: &str = r#"# srm-lint:ignore SRM-AWS-S3-002 reason="public website bucket" expires=2999-12-31
resource "aws_s3_bucket" "site" {
  bucket = "site"
  acl    = "public-read"
}

resource "aws_s3_bucket" "trailing" {
  bucket = "trailing"
  acl    = "public-read" # srm-lint:ignore SRM-AWS-S3-002 reason="served by CloudFront"
}

resource "aws_s3_bucket" "no_reason" {
  bucket = "no-reason"
  acl    = "public-read" # srm-lint:ignore SRM-AWS-S3-002
}

resource "aws_s3_bucket" "expired" {
  bucket = "expired"
  acl    = "public-read" # srm-lint:ignore SRM-AWS-S3-002 reason="migration" expires=2020-01-31
}
"#;

#[test]
fn inline_suppressions_need_a_reason_and_expire() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "main.tf", PUBLIC_BUCKETS);
    let (code, report, _) = run(
        dir.path(),
        &[
            "--no-config",
            "--policy",
            "SRM-AWS-S3-002",
            "--format",
            "json",
            ".",
        ],
    );
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(
        ids(&report, "findings"),
        ["SRM-AWS-S3-002@14", "SRM-AWS-S3-002@19"]
    );
    assert_eq!(
        ids(&report, "suppressed"),
        ["SRM-AWS-S3-002@4", "SRM-AWS-S3-002@9"]
    );
    assert_eq!(
        report["suppressed"][0]["suppression"]["reason"],
        "public website bucket"
    );
    assert_eq!(report["suppressed"][0]["suppression"]["kind"], "inline");
    let warnings = report["warnings"].to_string();
    assert!(
        warnings.contains("has no reason") && warnings.contains("expired on 2020-01-31"),
        "{warnings}"
    );
    // SARIF keeps suppressed results, with their justification.
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .current_dir(dir.path())
        .args([
            "--no-config",
            "--policy",
            "SRM-AWS-S3-002",
            "--format",
            "sarif",
            ".",
        ])
        .output()
        .expect("run");
    let sarif: Value = serde_json::from_slice(&output.stdout).expect("sarif");
    let suppressed: Vec<&Value> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 2);
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "inSource");
}

#[test]
fn configuration_can_forbid_inline_suppressions_and_report_unused_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "main.tf", PUBLIC_BUCKETS);
    write(
        dir.path(),
        "srm-lint.toml",
        "[suppressions]\nforbid-inline-severities = [\"critical\"]\nreport-unused = true\n",
    );
    write(
        dir.path(),
        "other.tf",
        "# srm-lint:ignore SRM-AWS-S3-001 reason=\"nothing here\"\nresource \"null_resource\" \"n\" {}\n",
    );
    let (code, report, _) = run(
        dir.path(),
        &["--policy", "SRM-AWS-S3-002", "--format", "json", "."],
    );
    assert_eq!(code, 1);
    assert_eq!(
        report["findings"].as_array().map(Vec::len),
        Some(4),
        "{report:#}"
    );
    let warnings = report["warnings"].to_string();
    assert!(
        warnings.contains("forbids silencing SRM-AWS-S3-002"),
        "{warnings}"
    );
    assert!(warnings.contains("silences nothing"), "{warnings}");
}

#[test]
fn kubernetes_annotation_suppresses_findings_of_its_object() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\n  annotations:\n    srm-lint.dev/ignore: \"SRM-K8S-POD-001=node agent needs the host; SRM-K8S-POD-004=same\"\nspec:\n  hostNetwork: true\n  containers:\n    - name: a\n      image: agent:1.0\n      securityContext:\n        privileged: true\n",
    );
    let (_, report, _) = run(
        dir.path(),
        &[
            "--no-config",
            "--policy",
            "SRM-K8S-POD-001",
            "--policy",
            "SRM-K8S-POD-004",
            "--format",
            "json",
            ".",
        ],
    );
    assert_eq!(ids(&report, "findings"), Vec::<String>::new(), "{report:#}");
    assert_eq!(report["suppressed"].as_array().map(Vec::len), Some(2));
    assert_eq!(report["suppressed"][0]["suppression"]["kind"], "annotation");
}

#[test]
fn configuration_selects_overrides_and_filters() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "infra/main.tf",
        "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n  acl = \"public-read\"\n}\n",
    );
    write(
        dir.path(),
        "examples/main.tf",
        "resource \"aws_s3_bucket\" \"e\" {\n  bucket = \"e\"\n  acl = \"public-read\"\n}\n",
    );
    write(
        dir.path(),
        "srm-lint.toml",
        "select = [\"SRM-AWS-S3-*\"]\nignore = [\"SRM-AWS-S3-005\", \"incident-response\"]\nexclude = [\"examples/\"]\nfail-on = \"critical\"\n\n[severity]\nSRM-AWS-S3-002 = \"low\"\n",
    );
    let (code, report, _) = run(dir.path(), &["--format", "json"]);
    assert_eq!(
        code, 0,
        "S3-002 is overridden to low and fail-on is critical: {report:#}"
    );
    let found = ids(&report, "findings");
    assert!(found.contains(&"SRM-AWS-S3-002@3".to_string()), "{found:?}");
    assert!(
        found.iter().all(|f| f.starts_with("SRM-AWS-S3-")
            && !f.starts_with("SRM-AWS-S3-005")
            && !f.starts_with("SRM-AWS-S3-004")),
        "{found:?}"
    );
    assert!(
        report["findings"]
            .as_array()
            .is_some_and(|f| f.iter().all(|f| f["file"] == "infra/main.tf"))
    );
    assert_eq!(
        report["findings"][0]["severity"],
        if report["findings"][0]["policy_id"] == "SRM-AWS-S3-002" {
            "low"
        } else {
            report["findings"][0]["severity"].as_str().unwrap_or("")
        }
    );
    // Found upward from a subfolder too.
    let (_, report, _) = run(&dir.path().join("infra"), &["--format", "json"]);
    assert!(
        ids(&report, "findings")
            .iter()
            .all(|f| f.starts_with("SRM-AWS-S3-"))
    );
}

#[test]
fn configuration_errors_name_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "srm-lint.toml",
        "fail-on = \"high\"\nexlude = [\"x\"]\n",
    );
    let (code, _, stderr) = run(dir.path(), &["."]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("srm-lint.toml:2:1") && stderr.contains("exlude"),
        "{stderr}"
    );
}

#[test]
fn config_rules_suppress_by_path_and_resource() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "site/main.tf",
        "resource \"aws_s3_bucket\" \"site\" {\n  bucket = \"s\"\n  acl = \"public-read\"\n}\n",
    );
    write(
        dir.path(),
        "srm-lint.toml",
        "[[suppressions.rules]]\npolicies = [\"SRM-AWS-S3-002\"]\npaths = [\"site/\"]\nresources = [\"aws_s3_bucket.site\"]\nreason = \"public website\"\n",
    );
    let (code, report, _) = run(
        dir.path(),
        &["--policy", "SRM-AWS-S3-002", "--format", "json", "."],
    );
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["suppressed"][0]["suppression"]["kind"], "config");
}

#[test]
fn baselines_report_only_new_findings_and_survive_line_moves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bucket = |name: &str| {
        format!(
            "resource \"aws_s3_bucket\" \"{name}\" {{\n  bucket = \"{name}\"\n  acl = \"public-read\"\n}}\n"
        )
    };
    write(dir.path(), "main.tf", &bucket("old"));
    let (code, _, stderr) = run(
        dir.path(),
        &["baseline", "--no-config", "--policy", "SRM-AWS-S3-002", "."],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(dir.path().join(".srm-lint-baseline.json").is_file());
    // The old bucket moves down; a new one appears.
    write(
        dir.path(),
        "main.tf",
        &format!("\n\n# moved\n{}\n{}", bucket("old"), bucket("new")),
    );
    let (code, report, _) = run(
        dir.path(),
        &[
            "--no-config",
            "--policy",
            "SRM-AWS-S3-002",
            "--baseline",
            ".srm-lint-baseline.json",
            "--format",
            "json",
            ".",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(
        report["findings"].as_array().map(Vec::len),
        Some(1),
        "{report:#}"
    );
    assert_eq!(report["findings"][0]["resource"], "aws_s3_bucket.new");
    assert_eq!(report["suppressed"][0]["suppression"]["kind"], "baseline");
}

#[test]
fn a_named_file_is_linted_with_its_module_but_only_its_findings_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "infra/bucket.tf",
        "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n",
    );
    write(
        dir.path(),
        "infra/encryption.tf",
        "resource \"aws_s3_bucket_server_side_encryption_configuration\" \"b\" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = \"aws:kms\"\n    }\n  }\n}\n",
    );
    write(
        dir.path(),
        "infra/other.tf",
        "resource \"aws_s3_bucket\" \"o\" {\n  bucket = \"o\"\n}\n",
    );
    let (_, report, _) = run(
        dir.path(),
        &[
            "--no-config",
            "--policy",
            "SRM-AWS-S3-001",
            "--format",
            "json",
            "infra/bucket.tf",
        ],
    );
    // The encryption in the sibling file counts, and the unencrypted bucket of other.tf is not reported.
    assert_eq!(
        report["findings"].as_array().map(Vec::len),
        Some(0),
        "{report:#}"
    );
    let (_, report, _) = run(
        dir.path(),
        &[
            "--no-config",
            "--policy",
            "SRM-AWS-S3-001",
            "--format",
            "json",
            "infra/bucket.tf",
            "infra/other.tf",
        ],
    );
    assert_eq!(ids(&report, "findings"), ["SRM-AWS-S3-001@1"]);
    assert_eq!(report["findings"][0]["file"], "infra/other.tf");
}

#[test]
fn init_writes_a_valid_starter_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, _, _) = run(dir.path(), &["init"]);
    assert_eq!(code, 0);
    let (code, _, stderr) = run(dir.path(), &["init"]);
    assert_eq!(code, 2, "{stderr}");
    write(
        dir.path(),
        "main.tf",
        "resource \"null_resource\" \"n\" {}\n",
    );
    let (code, report, stderr) = run(dir.path(), &["--format", "json", "."]);
    assert_eq!(code, 0, "{stderr} {report:#}");
}
