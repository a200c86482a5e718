//! Terraform module calls through the real binary: arguments, nesting, count/for_each, outputs,
//! roots, remote sources, `.terraform/modules`, cycles, traces and `--strict`.

mod common;

use std::process::Command;

use serde_json::{Value, json};

const POLICIES: [&str; 4] = ["--policy", "SRM-AWS-S3-002", "--policy", "SRM-AWS-EC2-002"];
const ROOT: &str = "testdata/terraform-eval";

fn run(extra: &[&str], paths: &[&str]) -> (i32, Value) {
    let args: Vec<&str> = POLICIES.iter().chain(extra).chain(paths).copied().collect();
    common::run_json(&args)
}

fn fixture(name: &str) -> String {
    format!("{ROOT}/{name}")
}

/// (policy, file, start line, start column, end line, end column, resource) of every finding.
fn findings(report: &Value) -> Vec<(String, String, u64, u64, u64, u64, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["policy_id"].as_str().unwrap_or_default().to_string(),
                f["file"].as_str().unwrap_or_default().to_string(),
                f["start_line"].as_u64().unwrap_or_default(),
                f["start_column"].as_u64().unwrap_or_default(),
                f["end_line"].as_u64().unwrap_or_default(),
                f["end_column"].as_u64().unwrap_or_default(),
                f["resource"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn finding(
    policy: &str,
    file: &str,
    (start_line, start_column, end_line, end_column): (u64, u64, u64, u64),
    resource: &str,
) -> (String, String, u64, u64, u64, u64, String) {
    (
        policy.to_string(),
        file.to_string(),
        start_line,
        start_column,
        end_line,
        end_column,
        resource.to_string(),
    )
}

fn trace_step(file: &str, (sl, sc, el, ec): (u64, u64, u64, u64), message: &str) -> Value {
    json!({"file": file, "start_line": sl, "start_column": sc, "end_line": el, "end_column": ec, "message": message})
}

fn trace_of<'r>(report: &'r Value, resource: &str) -> &'r Value {
    report["findings"]
        .as_array()
        .and_then(|list| list.iter().find(|f| f["resource"] == resource))
        .map_or(&Value::Null, |f| &f["trace"])
}

fn no_errors(report: &Value) {
    assert!(
        report["errors"].as_array().is_some_and(Vec::is_empty),
        "{report:#}"
    );
}

#[test]
fn arguments_defaults_and_tfvars_are_traced_to_the_caller() {
    let dir = fixture("modules-args");
    let main = format!("{dir}/main.tf");
    let volume = format!("{dir}/modules/volume/main.tf");
    let (code, report) = run(&[], &[&dir]);
    assert_eq!(code, 1);
    no_errors(&report);
    // The called folders are not linted again on their own; safe and unknown arguments give nothing.
    assert_eq!(
        findings(&report),
        [
            // encrypt = false in the caller.
            finding(
                "SRM-AWS-EC2-002",
                &main,
                (5, 3, 5, 17),
                "module.data.aws_ebs_volume.this"
            ),
            // encrypt = var.logs_encrypted, set in terraform.tfvars.
            finding(
                "SRM-AWS-EC2-002",
                &main,
                (11, 3, 11, 30),
                "module.logs.aws_ebs_volume.this"
            ),
            // The module's own default: the module block's header.
            finding(
                "SRM-AWS-S3-002",
                &main,
                (14, 1, 14, 15),
                "module.assets.aws_s3_bucket.this"
            ),
        ]
    );
    assert_eq!(
        trace_of(&report, "module.data.aws_ebs_volume.this"),
        &json!([
            trace_step(&main, (5, 3, 5, 17), "passed to module.data as `encrypt`"),
            trace_step(
                &volume,
                (17, 3, 17, 37),
                "`encrypted` of module.data.aws_ebs_volume.this"
            ),
        ])
    );
    assert_eq!(
        trace_of(&report, "module.logs.aws_ebs_volume.this"),
        &json!([
            trace_step(
                &format!("{dir}/terraform.tfvars"),
                (1, 1, 1, 22),
                "var.logs_encrypted is set here"
            ),
            trace_step(&main, (11, 3, 11, 30), "passed to module.logs as `encrypt`"),
            trace_step(
                &volume,
                (17, 3, 17, 37),
                "`encrypted` of module.logs.aws_ebs_volume.this"
            ),
        ])
    );
    assert_eq!(
        trace_of(&report, "module.assets.aws_s3_bucket.this"),
        &json!([trace_step(
            &format!("{dir}/modules/bucket/main.tf"),
            (8, 3, 8, 18),
            "`acl` of module.assets.aws_s3_bucket.this"
        )])
    );
    assert_eq!(report["summary"]["module_instances"], 5);
    assert_eq!(report["summary"]["documents"], 1);
    assert_eq!(report["summary"]["files_scanned"], 5);
}

#[test]
fn nested_modules_chain_their_arguments() {
    let dir = fixture("modules-nested");
    let main = format!("{dir}/main.tf");
    let (code, report) = run(&[], &[&dir]);
    assert_eq!(code, 1);
    no_errors(&report);
    assert_eq!(
        findings(&report),
        [
            // No `encrypted` at all in the module: the module block's header.
            finding(
                "SRM-AWS-EC2-002",
                &main,
                (1, 1, 1, 17),
                "module.platform.module.storage.aws_ebs_volume.scratch"
            ),
            finding(
                "SRM-AWS-EC2-002",
                &main,
                (3, 3, 3, 26),
                "module.platform.module.storage.aws_ebs_volume.this"
            ),
        ]
    );
    assert_eq!(
        trace_of(
            &report,
            "module.platform.module.storage.aws_ebs_volume.this"
        ),
        &json!([
            trace_step(
                &main,
                (3, 3, 3, 26),
                "passed to module.platform as `volume_encrypted`"
            ),
            trace_step(
                &format!("{dir}/modules/outer/main.tf"),
                (7, 3, 7, 34),
                "passed to module.platform.module.storage as `encrypted`"
            ),
            trace_step(
                &format!("{dir}/modules/inner/main.tf"),
                (8, 3, 8, 35),
                "`encrypted` of module.platform.module.storage.aws_ebs_volume.this"
            ),
        ])
    );
    assert_eq!(
        trace_of(
            &report,
            "module.platform.module.storage.aws_ebs_volume.scratch"
        ),
        &json!([trace_step(
            &format!("{dir}/modules/inner/main.tf"),
            (11, 1, 11, 35),
            "module.platform.module.storage.aws_ebs_volume.scratch is defined here (`encrypted` is not set)"
        )])
    );
    assert_eq!(report["summary"]["module_instances"], 2);
}

#[test]
fn count_and_for_each_expand_module_instances() {
    let dir = fixture("modules-expand");
    let main = format!("{dir}/main.tf");
    let (code, report) = run(&[], &[&dir]);
    assert_eq!(code, 1);
    no_errors(&report);
    assert_eq!(
        findings(&report),
        [
            finding(
                "SRM-AWS-EC2-002",
                &main,
                (4, 3, 4, 28),
                "module.counted[1].aws_ebs_volume.this"
            ),
            finding(
                "SRM-AWS-EC2-002",
                &main,
                (10, 3, 10, 23),
                "module.keyed[\"a\"].aws_ebs_volume.this"
            ),
        ]
    );
    // count = 0: no instance.
    assert_eq!(report["summary"]["module_instances"], 4);
}

#[test]
fn outputs_reach_the_caller_and_called_folders_are_not_roots() {
    let dir = fixture("modules-outputs");
    let main = format!("{dir}/main.tf");
    let (code, report) = run(&[], &[&dir]);
    assert_eq!(code, 1);
    no_errors(&report);
    // The called module's bucket gets acl = "private" from its caller; on its own, with
    // its default, it would be public, but it is not linted as a root.
    assert_eq!(
        findings(&report),
        [
            finding(
                "SRM-AWS-EC2-002",
                &main,
                (9, 3, 9, 53),
                "aws_ebs_volume.data"
            ),
            finding(
                "SRM-AWS-S3-002",
                &main,
                (14, 3, 14, 35),
                "aws_s3_bucket.site"
            ),
        ]
    );
    assert!(trace_of(&report, "aws_s3_bucket.site").is_null());
    assert_eq!(report["summary"]["documents"], 1);

    // Named on the command line, the called folder is linted on its own too.
    let settings = format!("{dir}/modules/settings");
    let (_, report) = run(&[], &[&settings]);
    assert_eq!(
        findings(&report),
        [finding(
            "SRM-AWS-S3-002",
            &format!("{settings}/main.tf"),
            (10, 3, 10, 18),
            "aws_s3_bucket.shared"
        )]
    );
}

#[test]
fn remote_sources_are_notes_that_keep_the_exit_code() {
    let dir = fixture("modules-remote");
    let main = format!("{dir}/main.tf");
    let (code, report) = run(&[], &[&dir]);
    assert_eq!(code, 0, "{report:#}");
    no_errors(&report);
    assert_eq!(
        report["warnings"],
        json!([
            {"file": main, "line": 1, "message": "module \"bucket\" (source terraform-aws-modules/s3-bucket/aws) not evaluated: remote source; run terraform init to evaluate it"},
            {"file": main, "line": 7, "message": "module \"network\" (source git::https://example.com/network.git?ref=v1.2.0) not evaluated: remote source; run terraform init to evaluate it"},
        ])
    );
}

#[test]
fn terraform_init_copies_are_evaluated() {
    let dir = fixture("modules-init");
    let main = format!("{dir}/main.tf");
    let copy = format!("{dir}/.terraform/modules/bucket");
    let (code, report) = run(&[], &[&dir]);
    assert_eq!(code, 1);
    no_errors(&report);
    let resource = "module.bucket.module.acl.aws_s3_bucket_acl.this";
    assert_eq!(
        findings(&report),
        [finding("SRM-AWS-S3-002", &main, (4, 3, 4, 25), resource)]
    );
    assert_eq!(
        trace_of(&report, resource),
        &json!([
            trace_step(&main, (4, 3, 4, 25), "passed to module.bucket as `acl`"),
            trace_step(
                &format!("{copy}/main.tf"),
                (13, 3, 13, 18),
                "passed to module.bucket.module.acl as `acl`"
            ),
            trace_step(
                &format!("{copy}/modules/acl/main.tf"),
                (11, 3, 11, 18),
                "`acl` of module.bucket.module.acl.aws_s3_bucket_acl.this"
            ),
        ])
    );
    // A module modules.json does not list, or lists with another source (a stale copy), stays a note.
    assert_eq!(
        report["warnings"],
        json!([
            {"file": main, "line": 7, "message": "module \"missing\" (source terraform-aws-modules/vpc/aws) not evaluated: remote source; run terraform init to evaluate it"},
            {"file": main, "line": 12, "message": "module \"stale\" (source terraform-aws-modules/s3-bucket/aws) not evaluated: remote source; run terraform init to evaluate it"},
        ])
    );
}

#[test]
fn module_cycles_are_errors_at_the_module_block() {
    let dir = fixture("modules-cycle");
    let (code, report) = run(&[], &[&dir]);
    assert_eq!(code, 2);
    let errors: Vec<(String, u64, u64, String)> = report["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            (
                e["file"].as_str().unwrap_or_default().to_string(),
                e["line"].as_u64().unwrap_or_default(),
                e["column"].as_u64().unwrap_or_default(),
                e["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (
                format!("{dir}/b/main.tf"),
                2,
                1,
                format!(
                    "module \"a\" (source ../a) calls a module that is already being evaluated, a cycle: {dir}/a -> {dir}/b -> {dir}/a"
                )
            ),
            (
                format!("{dir}/self/main.tf"),
                7,
                1,
                format!(
                    "module \"again\" (source ./) calls a module that is already being evaluated, a cycle: {dir}/self -> {dir}/self"
                )
            ),
        ]
    );
}

#[test]
fn strict_lists_the_attributes_left_unknown() {
    let dir = fixture("strict");
    let main = format!("{dir}/main.tf");
    let (code, report) = run(&[], &[&dir]);
    assert_eq!(code, 0);
    assert_eq!(report["warnings"], json!([]));
    let (code, report) = run(&["--strict"], &[&dir]);
    assert_eq!(code, 0, "notes do not change the exit code");
    assert_eq!(
        report["warnings"],
        json!([
            {"file": main, "line": 10, "message": "attribute left unknown: aws_s3_bucket.b.bucket = var.name (no value)"},
            {"file": main, "line": 18, "message": "attribute left unknown: aws_ebs_volume.v.kms_key_id = data.aws_kms_key.main.arn (data source)"},
            {"file": main, "line": 24, "message": "attribute left unknown: aws_s3_bucket.each.bucket = each.key (count or for_each unknown)"},
        ])
    );
    // In a called module: the attribute in the module, with the module's address.
    let dir = fixture("modules-args");
    let (_, report) = run(&["--strict"], &[&dir]);
    let volume = format!("{dir}/modules/volume/main.tf");
    assert_eq!(
        report["warnings"],
        json!([{"file": volume, "line": 17, "message": "attribute left unknown: module.unknown.aws_ebs_volume.this.encrypted = local.encrypted (no value)"}])
    );
}

#[test]
fn sarif_and_human_reports_show_the_trace() {
    let dir = fixture("modules-nested");
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["--no-config", "--format", "sarif"])
        .args(POLICIES)
        .arg(&dir)
        .output()
        .expect("run srm-lint");
    let sarif: Value = serde_json::from_slice(&output.stdout).expect("SARIF");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    let result = results
        .iter()
        .find(|r| {
            r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
                == "module.platform.module.storage.aws_ebs_volume.this"
        })
        .expect("the nested finding");
    assert_eq!(
        result["relatedLocations"][2],
        json!({
            "id": 2,
            "physicalLocation": {
                "artifactLocation": {"uri": format!("{dir}/modules/inner/main.tf")},
                "region": {"startLine": 8, "startColumn": 3, "endLine": 8, "endColumn": 36},
            },
            "message": {"text": "`encrypted` of module.platform.module.storage.aws_ebs_volume.this"},
        })
    );

    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["--no-config", "--color", "never"])
        .args(POLICIES)
        .arg(&dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run srm-lint");
    let human = String::from_utf8_lossy(&output.stdout);
    assert!(
        human.contains("passed to module.platform.module.storage as `encrypted`"),
        "{human}"
    );
    assert!(
        human.contains(&format!("{dir}/modules/inner/main.tf:8")),
        "{human}"
    );
}

#[test]
fn a_suppression_in_the_module_silences_every_caller() {
    let dir = fixture("modules-suppressed");
    let (code, report) = run(&["--report-unused-ignores"], &[&dir]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(findings(&report), []);
    let suppressed: Vec<&str> = report["suppressed"]
        .as_array()
        .expect("suppressed")
        .iter()
        .filter_map(|f| f["resource"].as_str())
        .collect();
    assert_eq!(
        suppressed,
        [
            "module.scratch_a.aws_ebs_volume.this",
            "module.scratch_b.aws_ebs_volume.this"
        ]
    );
    assert_eq!(report["warnings"], json!([]));
}

#[test]
fn module_nesting_is_bounded() {
    // m0 calls m1 ... calls m19: deeper than 16 levels is an error at the module block.
    let root = tempfile::tempdir().expect("temp dir");
    for level in 0..20 {
        let dir = root.path().join(format!("m{level}"));
        std::fs::create_dir(&dir).expect("create module folder");
        let next = if level < 19 {
            format!("module \"next\" {{\n  source = \"../m{}\"\n}}\n", level + 1)
        } else {
            "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n".to_string()
        };
        std::fs::write(dir.join("main.tf"), next).expect("write module");
    }
    let (code, report) = run(&[], &[&root.path().join("m0").to_string_lossy()]);
    assert_eq!(code, 2, "{report:#}");
    let errors = report["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1, "{report:#}");
    assert_eq!(errors[0]["line"], 1);
    assert!(
        errors[0]["file"]
            .as_str()
            .unwrap_or_default()
            .ends_with("m16/main.tf"),
        "{report:#}"
    );
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("nested more than 16 modules deep"),
        "{report:#}"
    );
}
