//! Terraform evaluation through the real binary: variables and their precedence, locals, count, for_each, dynamic blocks.

mod common;

use std::process::Command;

use serde_json::Value;

const POLICIES: [&str; 8] = [
    "--policy",
    "SRM-AWS-S3-002",
    "--policy",
    "SRM-AWS-EC2-002",
    "--policy",
    "SRM-AWS-VPC-001",
    "--policy",
    "SRM-AWS-RDS-001",
];

fn run(extra: &[&str], path: &str) -> (i32, Value) {
    let args: Vec<&str> = POLICIES
        .iter()
        .chain(extra)
        .chain([&path])
        .copied()
        .collect();
    common::run_json(&args)
}

/// (policy, line, resource) of every finding.
fn findings(report: &Value) -> Vec<(String, u64, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["policy_id"].as_str().unwrap_or_default().to_string(),
                f["start_line"].as_u64().unwrap_or_default(),
                f["resource"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn finding(policy: &str, line: u64, resource: &str) -> (String, u64, String) {
    (policy.to_string(), line, resource.to_string())
}

#[test]
fn defaults_tfvars_locals_for_each_and_dynamic_blocks() {
    let (code, report) = run(&[], "testdata/terraform-eval/module");
    assert_eq!(code, 1);
    assert!(
        report["errors"].as_array().is_some_and(Vec::is_empty),
        "{report:#}"
    );
    assert_eq!(
        findings(&report),
        [
            // terraform.tfvars overrides the default "private"; the finding is on the attribute in the resource.
            finding("SRM-AWS-S3-002", 12, "aws_s3_bucket.site"),
            // for_each over a local map that itself reads the variable.
            finding("SRM-AWS-S3-002", 18, "aws_s3_bucket.by_key[\"website\"]"),
            // A dynamic block rendered once per port: 22 is open to the world.
            finding("SRM-AWS-VPC-001", 44, "aws_security_group.admin"),
        ]
    );
    // encrypt_volumes has no value: unknown, so the two volumes are not judged;
    // count = 0 (environment is not prod) means the scratch volume does not exist.
    let resources: Vec<String> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| f["resource"].to_string())
        .collect();
    assert!(
        !resources.iter().any(|r| r.contains("aws_ebs_volume")),
        "{resources:?}"
    );
}

#[test]
fn var_files_and_vars_override_in_terraform_order() {
    let (_, report) = run(
        &[
            "--var-file",
            "testdata/terraform-eval/prod.tfvars",
            "--var",
            "encrypt_volumes=false",
        ],
        "testdata/terraform-eval/module",
    );
    let found = findings(&report);
    for expected in [
        finding("SRM-AWS-EC2-002", 25, "aws_ebs_volume.data[0]"),
        finding("SRM-AWS-EC2-002", 25, "aws_ebs_volume.data[1]"),
        finding("SRM-AWS-EC2-002", 32, "aws_ebs_volume.scratch[0]"),
        finding("SRM-AWS-RDS-001", 53, "aws_db_instance.orders"),
    ] {
        assert!(
            found.contains(&expected),
            "missing {expected:?} in {found:?}"
        );
    }
    // --var wins over --var-file.
    let (_, report) = run(
        &[
            "--var-file",
            "testdata/terraform-eval/prod.tfvars",
            "--var",
            "public_db=false",
        ],
        "testdata/terraform-eval/module",
    );
    assert!(!findings(&report).iter().any(|f| f.0 == "SRM-AWS-RDS-001"));
}

#[test]
fn environment_variables_are_typed_by_the_declaration() {
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args([
            "--no-config",
            "--format",
            "json",
            "--policy",
            "SRM-AWS-EC2-002",
            "testdata/terraform-eval/module",
        ])
        .env("TF_VAR_encrypt_volumes", "false")
        .output()
        .expect("run");
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(findings(&report).len(), 2, "{report:#}");
}

#[test]
fn a_cycle_between_locals_is_an_error_with_its_position() {
    let (code, report) = run(&[], "testdata/terraform-eval/cycle");
    assert_eq!(code, 2);
    let error = &report["errors"][0];
    assert_eq!(error["file"], "testdata/terraform-eval/cycle/main.tf");
    assert_eq!(error["line"], 2);
    assert!(
        error["message"]
            .as_str()
            .unwrap_or_default()
            .contains("refers to itself")
    );
}
