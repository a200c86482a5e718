//! Terraform module calls through the real binary: arguments, nesting, count/for_each, outputs,
//! roots, remote sources, `.terraform/modules`, cycles, traces and `--strict`.

mod common;

use std::fmt::Debug;
use std::process::Command;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

const POLICIES: [&str; 4] = ["--policy", "SRM-AWS-S3-002", "--policy", "SRM-AWS-EC2-002"];
const ROOT: &str = "testdata/terraform-eval";

fn run(extra: &[&str], path: &str) -> (i32, Value) {
    let args: Vec<&str> = POLICIES
        .iter()
        .chain(extra)
        .chain([&path])
        .copied()
        .collect();
    common::run_json(&args)
}

fn fixture(name: &str) -> String {
    format!("{ROOT}/{name}")
}

/// Where a finding or a trace step points: `span(5, 3, 5, 17)` is from line 5, column 3 to
/// line 5, column 17.
#[derive(Clone, Copy)]
struct Span {
    start_line: u64,
    start_column: u64,
    end_line: u64,
    end_column: u64,
}

fn span(start_line: u64, start_column: u64, end_line: u64, end_column: u64) -> Span {
    Span {
        start_line,
        start_column,
        end_line,
        end_column,
    }
}

/// A finding as the tests check it: the policy, where it points, the resource and its trace
/// (`None`: the finding has no `trace`). The report's other fields are not read.
#[derive(Debug, PartialEq, Deserialize)]
struct Finding {
    policy_id: String,
    file: String,
    start_line: u64,
    start_column: u64,
    end_line: u64,
    end_column: u64,
    resource: String,
    trace: Option<Vec<TraceStep>>,
}

/// A finding without a trace; add one with [`Finding::traced`].
fn finding(policy_id: &str, file: &str, span: Span, resource: &str) -> Finding {
    let Span {
        start_line,
        start_column,
        end_line,
        end_column,
    } = span;
    Finding {
        policy_id: policy_id.to_string(),
        file: file.to_string(),
        start_line,
        start_column,
        end_line,
        end_column,
        resource: resource.to_string(),
        trace: None,
    }
}

impl Finding {
    fn traced(self, trace: Vec<TraceStep>) -> Self {
        Self {
            trace: Some(trace),
            ..self
        }
    }
}

/// One step of a finding's trace: how a value travelled from where it was set to the attribute.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct TraceStep {
    file: String,
    start_line: u64,
    start_column: u64,
    end_line: u64,
    end_column: u64,
    message: String,
}

fn step(file: &str, span: Span, message: &str) -> TraceStep {
    let Span {
        start_line,
        start_column,
        end_line,
        end_column,
    } = span;
    TraceStep {
        file: file.to_string(),
        start_line,
        start_column,
        end_line,
        end_column,
        message: message.to_string(),
    }
}

/// A note in the report's `warnings`.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Note {
    file: String,
    line: u64,
    message: String,
}

fn note(file: &str, line: u64, message: &str) -> Note {
    Note {
        file: file.to_string(),
        line,
        message: message.to_string(),
    }
}

/// An entry of the report's `errors`.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct RunError {
    file: String,
    line: u64,
    column: u64,
    message: String,
}

/// The report's list `key`, read into `T`: a field `T` lacks or mistypes fails here (and so
/// does a field `T` does not know, for the structs that deny unknown fields).
#[track_caller]
fn list<T: DeserializeOwned>(report: &Value, key: &str) -> Vec<T> {
    serde_json::from_value(report[key].clone())
        .unwrap_or_else(|e| panic!("`{key}` of the report: {e}\n{report:#}"))
}

/// Asserts two lists are equal; if not, shows the first entry that differs, one field a line.
#[track_caller]
fn assert_list<T: PartialEq + Debug>(what: &str, found: &[T], expected: &[T]) {
    if found == expected {
        return;
    }
    let at = found
        .iter()
        .zip(expected)
        .position(|(f, e)| f != e)
        .unwrap_or(found.len().min(expected.len()));
    panic!(
        "{what}: {} found, {} expected; first difference at #{at}:\nfound: {:#?}\nexpected: {:#?}",
        found.len(),
        expected.len(),
        found.get(at),
        expected.get(at)
    );
}

/// What a run must report, all of it: the exit code, no errors, these findings (each with its
/// trace, or without one) and these notes, in this order.
struct Expected {
    code: i32,
    findings: Vec<Finding>,
    notes: Vec<Note>,
}

impl Expected {
    /// Runs the two policies with `extra` arguments on `path` and checks the report against
    /// `self`; returns the report for the checks left to the test (summary, suppressed).
    #[track_caller]
    fn check(self, extra: &[&str], path: &str) -> Value {
        let (code, report) = run(extra, path);
        assert_eq!(code, self.code, "exit code of {path}: {report:#}");
        assert_list(
            &format!("errors of {path}"),
            &list::<RunError>(&report, "errors"),
            &[],
        );
        assert_list(
            &format!("findings of {path}"),
            &list(&report, "findings"),
            &self.findings,
        );
        assert_list(
            &format!("notes of {path}"),
            &list(&report, "warnings"),
            &self.notes,
        );
        report
    }
}

#[test]
fn arguments_defaults_and_tfvars_are_traced_to_the_caller() {
    let dir = fixture("modules-args");
    let main = format!("{dir}/main.tf");
    let volume = format!("{dir}/modules/volume/main.tf");
    // The called folders are not linted again on their own; safe and unknown arguments give nothing.
    let report = Expected {
        code: 1,
        findings: vec![
            // encrypt = false in the caller.
            finding(
                "SRM-AWS-EC2-002",
                &main,
                span(5, 3, 5, 17),
                "module.data.aws_ebs_volume.this",
            )
            .traced(vec![
                step(
                    &main,
                    span(5, 3, 5, 17),
                    "passed to module.data as `encrypt`",
                ),
                step(
                    &volume,
                    span(17, 3, 17, 37),
                    "`encrypted` of module.data.aws_ebs_volume.this",
                ),
            ]),
            // encrypt = var.logs_encrypted, set in terraform.tfvars.
            finding(
                "SRM-AWS-EC2-002",
                &main,
                span(11, 3, 11, 30),
                "module.logs.aws_ebs_volume.this",
            )
            .traced(vec![
                step(
                    &format!("{dir}/terraform.tfvars"),
                    span(1, 1, 1, 22),
                    "var.logs_encrypted is set here",
                ),
                step(
                    &main,
                    span(11, 3, 11, 30),
                    "passed to module.logs as `encrypt`",
                ),
                step(
                    &volume,
                    span(17, 3, 17, 37),
                    "`encrypted` of module.logs.aws_ebs_volume.this",
                ),
            ]),
            // The module's own default: the module block's header.
            finding(
                "SRM-AWS-S3-002",
                &main,
                span(14, 1, 14, 15),
                "module.assets.aws_s3_bucket.this",
            )
            .traced(vec![step(
                &format!("{dir}/modules/bucket/main.tf"),
                span(8, 3, 8, 18),
                "`acl` of module.assets.aws_s3_bucket.this",
            )]),
        ],
        notes: vec![],
    }
    .check(&[], &dir);
    assert_eq!(report["summary"]["module_instances"], 5);
    assert_eq!(report["summary"]["documents"], 1);
    assert_eq!(report["summary"]["files_scanned"], 5);
}

#[test]
fn nested_modules_chain_their_arguments() {
    let dir = fixture("modules-nested");
    let main = format!("{dir}/main.tf");
    let inner = format!("{dir}/modules/inner/main.tf");
    let report = Expected {
        code: 1,
        findings: vec![
            // No `encrypted` at all in the module: the module block's header.
            finding(
                "SRM-AWS-EC2-002",
                &main,
                span(1, 1, 1, 17),
                "module.platform.module.storage.aws_ebs_volume.scratch",
            )
            .traced(vec![step(
                &inner,
                span(11, 1, 11, 35),
                "module.platform.module.storage.aws_ebs_volume.scratch is defined here (`encrypted` is not set)",
            )]),
            finding(
                "SRM-AWS-EC2-002",
                &main,
                span(3, 3, 3, 26),
                "module.platform.module.storage.aws_ebs_volume.this",
            )
            .traced(vec![
                step(
                    &main,
                    span(3, 3, 3, 26),
                    "passed to module.platform as `volume_encrypted`",
                ),
                step(
                    &format!("{dir}/modules/outer/main.tf"),
                    span(7, 3, 7, 34),
                    "passed to module.platform.module.storage as `encrypted`",
                ),
                step(
                    &inner,
                    span(8, 3, 8, 35),
                    "`encrypted` of module.platform.module.storage.aws_ebs_volume.this",
                ),
            ]),
        ],
        notes: vec![],
    }
    .check(&[], &dir);
    assert_eq!(report["summary"]["module_instances"], 2);
}

#[test]
fn count_and_for_each_expand_module_instances() {
    let dir = fixture("modules-expand");
    let main = format!("{dir}/main.tf");
    let volume = format!("{dir}/modules/volume/main.tf");
    let report = Expected {
        code: 1,
        findings: vec![
            finding(
                "SRM-AWS-EC2-002",
                &main,
                span(4, 3, 4, 28),
                "module.counted[1].aws_ebs_volume.this",
            )
            .traced(vec![
                step(
                    &main,
                    span(4, 3, 4, 28),
                    "passed to module.counted[1] as `encrypt`",
                ),
                step(
                    &volume,
                    span(8, 3, 8, 33),
                    "`encrypted` of module.counted[1].aws_ebs_volume.this",
                ),
            ]),
            finding(
                "SRM-AWS-EC2-002",
                &main,
                span(10, 3, 10, 23),
                "module.keyed[\"a\"].aws_ebs_volume.this",
            )
            .traced(vec![
                step(
                    &main,
                    span(10, 3, 10, 23),
                    "passed to module.keyed[\"a\"] as `encrypt`",
                ),
                step(
                    &volume,
                    span(8, 3, 8, 33),
                    "`encrypted` of module.keyed[\"a\"].aws_ebs_volume.this",
                ),
            ]),
        ],
        notes: vec![],
    }
    .check(&[], &dir);
    // count = 0: no instance.
    assert_eq!(report["summary"]["module_instances"], 4);
}

#[test]
fn outputs_reach_the_caller_and_called_folders_are_not_roots() {
    let dir = fixture("modules-outputs");
    let main = format!("{dir}/main.tf");
    // The called module's bucket gets acl = "private" from its caller; on its own, with
    // its default, it would be public, but it is not linted as a root.
    let report = Expected {
        code: 1,
        findings: vec![
            finding(
                "SRM-AWS-EC2-002",
                &main,
                span(9, 3, 9, 53),
                "aws_ebs_volume.data",
            ),
            finding(
                "SRM-AWS-S3-002",
                &main,
                span(14, 3, 14, 35),
                "aws_s3_bucket.site",
            ),
        ],
        notes: vec![],
    }
    .check(&[], &dir);
    assert_eq!(report["summary"]["documents"], 1);

    // Named on the command line, the called folder is linted on its own too.
    let settings = format!("{dir}/modules/settings");
    Expected {
        code: 1,
        findings: vec![finding(
            "SRM-AWS-S3-002",
            &format!("{settings}/main.tf"),
            span(10, 3, 10, 18),
            "aws_s3_bucket.shared",
        )],
        notes: vec![],
    }
    .check(&[], &settings);
}

#[test]
fn remote_sources_are_notes_that_keep_the_exit_code() {
    let dir = fixture("modules-remote");
    let main = format!("{dir}/main.tf");
    Expected {
        code: 0,
        findings: vec![],
        notes: vec![
            note(
                &main,
                1,
                "module \"bucket\" (source terraform-aws-modules/s3-bucket/aws) not evaluated: remote source; run terraform init to evaluate it",
            ),
            note(
                &main,
                7,
                "module \"network\" (source git::https://example.com/network.git?ref=v1.2.0) not evaluated: remote source; run terraform init to evaluate it",
            ),
        ],
    }
    .check(&[], &dir);
}

#[test]
fn terraform_init_copies_are_evaluated() {
    let dir = fixture("modules-init");
    let main = format!("{dir}/main.tf");
    let copy = format!("{dir}/.terraform/modules/bucket");
    Expected {
        code: 1,
        findings: vec![
            finding(
                "SRM-AWS-S3-002",
                &main,
                span(4, 3, 4, 25),
                "module.bucket.module.acl.aws_s3_bucket_acl.this",
            )
            .traced(vec![
                step(&main, span(4, 3, 4, 25), "passed to module.bucket as `acl`"),
                step(
                    &format!("{copy}/main.tf"),
                    span(13, 3, 13, 18),
                    "passed to module.bucket.module.acl as `acl`",
                ),
                step(
                    &format!("{copy}/modules/acl/main.tf"),
                    span(11, 3, 11, 18),
                    "`acl` of module.bucket.module.acl.aws_s3_bucket_acl.this",
                ),
            ]),
        ],
        // A module modules.json does not list, or lists with another source (a stale copy), stays a note.
        notes: vec![
            note(
                &main,
                7,
                "module \"missing\" (source terraform-aws-modules/vpc/aws) not evaluated: remote source; run terraform init to evaluate it",
            ),
            note(
                &main,
                12,
                "module \"stale\" (source terraform-aws-modules/s3-bucket/aws) not evaluated: remote source; run terraform init to evaluate it",
            ),
        ],
    }
    .check(&[], &dir);
}

#[test]
fn module_cycles_are_errors_at_the_module_block() {
    let dir = fixture("modules-cycle");
    let (code, report) = run(&[], &dir);
    assert_eq!(code, 2);
    assert_list(
        "errors",
        &list(&report, "errors"),
        &[
            RunError {
                file: format!("{dir}/b/main.tf"),
                line: 2,
                column: 1,
                message: format!(
                    "module \"a\" (source ../a) calls a module that is already being evaluated, a cycle: {dir}/a -> {dir}/b -> {dir}/a"
                ),
            },
            RunError {
                file: format!("{dir}/self/main.tf"),
                line: 7,
                column: 1,
                message: format!(
                    "module \"again\" (source ./) calls a module that is already being evaluated, a cycle: {dir}/self -> {dir}/self"
                ),
            },
        ],
    );
}

#[test]
fn strict_lists_the_attributes_left_unknown() {
    let dir = fixture("strict");
    let main = format!("{dir}/main.tf");
    Expected {
        code: 0,
        findings: vec![],
        notes: vec![],
    }
    .check(&[], &dir);
    // Notes do not change the exit code.
    Expected {
        code: 0,
        findings: vec![],
        notes: vec![
            note(
                &main,
                10,
                "attribute left unknown: aws_s3_bucket.b.bucket = var.name (no value)",
            ),
            note(
                &main,
                18,
                "attribute left unknown: aws_ebs_volume.v.kms_key_id = data.aws_kms_key.main.arn (data source)",
            ),
            note(
                &main,
                24,
                "attribute left unknown: aws_s3_bucket.each.bucket = each.key (count or for_each unknown)",
            ),
        ],
    }
    .check(&["--strict"], &dir);
    // In a called module: the attribute in the module, with the module's address.
    let dir = fixture("modules-args");
    let (_, report) = run(&["--strict"], &dir);
    assert_list(
        "notes",
        &list(&report, "warnings"),
        &[note(
            &format!("{dir}/modules/volume/main.tf"),
            17,
            "attribute left unknown: module.unknown.aws_ebs_volume.this.encrypted = local.encrypted (no value)",
        )],
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
    let report = Expected {
        code: 0,
        findings: vec![],
        notes: vec![],
    }
    .check(&["--report-unused-ignores"], &dir);
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
    // The sibling folders are outside the scanned one (and the temp folder is no repository).
    let root_text = root.path().to_string_lossy().to_string();
    let (code, report) = run(
        &["--allow-outside", &root_text],
        &root.path().join("m0").to_string_lossy(),
    );
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
