//! Terraform plan JSON through the real binary: planned values, after_unknown, deletions,
//! cross-resource joins, count/for_each and module instances, spans in the configuration
//! or in the plan, and a truncated plan.

mod common;

use serde_json::{Value, json};

const POLICIES: [&str; 6] = [
    "--policy",
    "SRM-AWS-S3-001",
    "--policy",
    "SRM-AWS-S3-002",
    "--policy",
    "SRM-AWS-EC2-002",
];
const ROOT: &str = "testdata/terraform-plan";

fn run(extra: &[&str], paths: &[&str]) -> (i32, Value) {
    let args: Vec<&str> = POLICIES.iter().chain(extra).chain(paths).copied().collect();
    common::run_json(&args)
}

/// (policy, resource, file, start line, start column, end line, end column) of every finding.
fn findings(report: &Value) -> Vec<(String, String, String, u64, u64, u64, u64)> {
    let mut list: Vec<_> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["policy_id"].as_str().unwrap_or_default().to_string(),
                f["resource"].as_str().unwrap_or_default().to_string(),
                f["file"].as_str().unwrap_or_default().to_string(),
                f["start_line"].as_u64().unwrap_or_default(),
                f["start_column"].as_u64().unwrap_or_default(),
                f["end_line"].as_u64().unwrap_or_default(),
                f["end_column"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    list.sort();
    list
}

fn finding(
    policy: &str,
    resource: &str,
    file: &str,
    (start_line, start_column, end_line, end_column): (u64, u64, u64, u64),
) -> (String, String, String, u64, u64, u64, u64) {
    (
        policy.to_string(),
        resource.to_string(),
        file.to_string(),
        start_line,
        start_column,
        end_line,
        end_column,
    )
}

fn errors(report: &Value) -> &Vec<Value> {
    report["errors"].as_array().expect("errors")
}

#[test]
fn plan_with_its_configuration_points_at_the_tf_code() {
    let plan = format!("{ROOT}/with-config/plan.json");
    let main = format!("{ROOT}/with-config/main.tf");
    let (code, report) = run(&[], &[&plan]);
    assert_eq!(code, 1, "{report:#}");
    assert!(errors(&report).is_empty(), "{report:#}");
    assert_eq!(
        findings(&report),
        [
            // encrypted = false, once per count instance, at the attribute.
            finding(
                "SRM-AWS-EC2-002",
                "aws_ebs_volume.data[0]",
                &main,
                (28, 3, 28, 27)
            ),
            finding(
                "SRM-AWS-EC2-002",
                "aws_ebs_volume.data[1]",
                &main,
                (28, 3, 28, 27)
            ),
            // No encryption resource refers to this bucket: the block's header.
            finding(
                "SRM-AWS-S3-001",
                "aws_s3_bucket.logs",
                &main,
                (20, 1, 20, 31)
            ),
            // The for_each instance's ACL comes from the module argument in the caller.
            finding(
                "SRM-AWS-S3-002",
                "module.assets[\"docs\"].aws_s3_bucket_acl.this",
                &main,
                (41, 3, 41, 59)
            ),
        ]
    );
    // aws_s3_bucket.data is encrypted by a separate resource (joined through references),
    // the module buckets likewise inside their module; aws_ebs_volume.cache's encrypted is
    // known after apply; aws_ebs_volume.old is being deleted: none of them is reported.
    let trace = report["findings"]
        .as_array()
        .and_then(|l| l.iter().find(|f| f["policy_id"] == "SRM-AWS-S3-002"))
        .map(|f| f["trace"].clone());
    assert_eq!(
        trace,
        Some(json!([
            {"file": main, "start_line": 41, "start_column": 3, "end_line": 41, "end_column": 59,
             "message": "passed to module.assets[\"docs\"] as `acl`"},
            {"file": format!("{ROOT}/with-config/modules/bucket/main.tf"), "start_line": 15,
             "start_column": 3, "end_line": 15, "end_column": 18,
             "message": "`acl` of module.assets[\"docs\"].aws_s3_bucket_acl.this"},
        ]))
    );
    // One document for the plan; the configuration is read (main.tf, the module) but not linted apart.
    assert_eq!(report["summary"]["documents"], 1);
    assert_eq!(report["summary"]["files_scanned"], 3);
}

#[test]
fn scanning_the_folder_lints_the_plan_and_the_configuration_beside_it() {
    // A plan met while walking may be stale or of another configuration: the
    // `.tf` files are linted too, and what both find on the same attribute is reported once.
    let (code, by_plan) = run(&[], &[&format!("{ROOT}/with-config/plan.json")]);
    let (folder_code, by_folder) = run(&[], &[&format!("{ROOT}/with-config")]);
    assert_eq!((code, folder_code), (1, 1));
    let mut expected = findings(&by_plan);
    // Only the configuration judges `encrypted`: the plan has it as known after apply.
    expected.push((
        "SRM-AWS-EC2-002".to_string(),
        "aws_ebs_volume.cache".to_string(),
        format!("{ROOT}/with-config/main.tf"),
        32,
        1,
        32,
        33,
    ));
    let mut found = findings(&by_folder);
    found.sort();
    expected.sort();
    assert_eq!(found, expected, "{by_folder:#}");
    assert_eq!(by_folder["summary"]["documents"], 2);
}

#[test]
fn plan_without_configuration_points_into_the_plan() {
    let plan = format!("{ROOT}/no-config/plan.json");
    let (code, report) = run(&[], &[&plan]);
    assert_eq!(code, 1, "{report:#}");
    assert!(errors(&report).is_empty(), "{report:#}");
    assert_eq!(
        findings(&report),
        [
            // The module instance, at its planned value.
            finding(
                "SRM-AWS-EC2-002",
                "module.volumes[\"a\"].aws_ebs_volume.this",
                &plan,
                (64, 17, 64, 34)
            ),
            // A missing attribute: the resource's "address" line.
            finding(
                "SRM-AWS-S3-001",
                "aws_s3_bucket.site",
                &plan,
                (9, 11, 9, 41)
            ),
            finding(
                "SRM-AWS-S3-002",
                "aws_s3_bucket_acl.site",
                &plan,
                (32, 13, 32, 32)
            ),
        ]
    );
    // aws_ebs_volume.legacy (encrypted = false) is being deleted: not judged.
}

#[test]
fn strict_lists_the_values_known_after_apply() {
    let (_, report) = run(&["--strict"], &[&format!("{ROOT}/with-config/plan.json")]);
    let warnings: Vec<&str> = report["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(|w| w["message"].as_str())
        .collect();
    assert!(
        warnings.contains(
            &"attribute left unknown: aws_ebs_volume.cache.encrypted (known after apply)"
        ),
        "{warnings:#?}"
    );
}

#[test]
fn a_truncated_plan_is_an_error_and_other_files_are_still_linted() {
    let bad = format!("{ROOT}/bad/plan.json");
    let (code, report) = run(&[], &[&bad, &format!("{ROOT}/no-config/plan.json")]);
    assert_eq!(code, 2);
    let errors = errors(&report);
    assert_eq!(errors.len(), 1, "{report:#}");
    assert_eq!(errors[0]["file"], bad.as_str());
    assert_eq!(errors[0]["line"], 82);
    assert!(
        errors[0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("cannot parse")),
        "{report:#}"
    );
    assert_eq!(findings(&report).len(), 3);
}
