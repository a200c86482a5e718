//! Hostile and careless input, made at run time: the binary runs under memory and CPU limits, every good file's findings survive, and each problem is named.

use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Address space and CPU seconds the binary may use in these tests: far above
/// what an honest run needs (about 200 MiB and a second), far below what the
/// hostile inputs used to take (gigabytes, minutes).
const MEMORY_LIMIT: u64 = 1536 * 1024 * 1024;
const CPU_SECONDS: u64 = 120;

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(path, text).expect("write file");
}

/// Runs srm-lint in `dir` under the limits, with `stdin` as standard input.
fn run_limited(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_srm-lint"));
    command
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe; nothing else runs in the child before exec.
    unsafe {
        command.pre_exec(|| {
            let memory = libc::rlimit {
                rlim_cur: MEMORY_LIMIT,
                rlim_max: MEMORY_LIMIT,
            };
            let cpu = libc::rlimit {
                rlim_cur: CPU_SECONDS,
                rlim_max: CPU_SECONDS,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &memory) != 0
                || libc::setrlimit(libc::RLIMIT_CPU, &cpu) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = command.spawn().expect("run srm-lint");
    let mut input = child.stdin.take().expect("stdin");
    let feeder = stdin.map(|bytes| {
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            // The binary may stop reading early (a size limit): a broken pipe is expected then.
            let _ = input.write_all(&bytes);
        })
    });
    let output = child.wait_with_output().expect("wait for srm-lint");
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    output
}

/// Runs with `--format json` and gives the exit code and the report.
fn run_json(dir: &Path, args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["--format", "json", "--no-config"];
    all.extend_from_slice(args);
    let output = run_limited(dir, &all, None);
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let code = output.status.code().unwrap_or_else(|| {
        panic!(
            "srm-lint was killed ({:?}): it exceeded its limits\n{stderr}",
            output.status
        )
    });
    let report = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    (code, report, stderr)
}

fn texts(report: &Value, key: &str, field: &str) -> Vec<String> {
    report[key]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|item| {
                    format!(
                        "{}:{} {}",
                        item["file"].as_str().unwrap_or(""),
                        item["line"].as_u64().unwrap_or(0),
                        item[field].as_str().unwrap_or("")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn finding_ids(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|f| {
                    format!(
                        "{}:{} {}",
                        f["file"].as_str().unwrap_or(""),
                        f["start_line"],
                        f["policy_id"].as_str().unwrap_or("")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A good file beside every hostile one: its finding must always be reported.
const GOOD_BUCKET: &str =
    "resource \"aws_s3_bucket\" \"good\" {\n  bucket = \"good\"\n  acl    = \"public-read\"\n}\n";

fn assert_good_file_linted(report: &Value) {
    let ids = finding_ids(report);
    assert!(
        ids.iter()
            .any(|f| f.starts_with("good/main.tf:3 SRM-AWS-S3-002")),
        "the good file's finding is missing: {ids:?}"
    );
}

#[test]
fn yaml_alias_of_a_long_string_is_refused_at_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bomb = format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: &s \"{}\"\n  b: [",
        "x".repeat(10_000)
    );
    bomb.push_str(&vec!["*s"; 20_000].join(", "));
    bomb.push_str("]\n");
    write(dir.path(), "bomb.yaml", &bomb);
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    let (code, report, stderr) = run_json(dir.path(), &["."]);
    assert_eq!(code, 2, "{stderr}");
    let errors = texts(&report, "errors", "message");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("bomb.yaml:7 ") && e.contains("MiB")),
        "{errors:?}"
    );
    assert_good_file_linted(&report);
}

#[test]
fn yaml_merge_key_bomb_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bomb = String::from(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  l0: &l0 {a: \"",
    );
    bomb.push_str(&"y".repeat(1000));
    bomb.push_str("\"}\n");
    for i in 1..40 {
        bomb.push_str(&format!(
            "  l{i}: &l{i} {{<<: [*l{p}, *l{p}], k: [*l{p}, *l{p}]}}\n",
            p = i - 1
        ));
    }
    write(dir.path(), "merge.yaml", &bomb);
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    let (code, report, stderr) = run_json(dir.path(), &["."]);
    assert_eq!(code, 2, "{stderr}");
    let errors = texts(&report, "errors", "message");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("merge.yaml:") && e.contains("alias")),
        "{errors:?}"
    );
    assert_good_file_linted(&report);
}

#[test]
fn a_yaml_key_written_twice_is_an_error_as_in_kubectl() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\nspec:\n  containers: []\n",
    );
    let (code, report, _) = run_json(dir.path(), &["."]);
    assert_eq!(code, 2);
    let errors = texts(&report, "errors", "message");
    assert!(
        errors.iter().any(|e| e.starts_with("pod.yaml:5 ")),
        "{errors:?}"
    );
}

#[test]
fn yaml_errors_after_a_byte_order_mark_are_on_the_right_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "bom.yaml",
        "\u{feff}apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  x: [\n",
    );
    let (code, report, _) = run_json(dir.path(), &["."]);
    assert_eq!(code, 2);
    let errors = report["errors"].as_array().cloned().unwrap_or_default();
    assert_eq!(errors.len(), 1, "{errors:?}");
    // The unclosed list ends the file: the error is on the last line, never before `x:`.
    assert!(errors[0]["line"].as_u64() >= Some(6), "{errors:?}");
}

#[test]
fn utf16_files_are_named_as_such() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = vec![0xff, 0xfe];
    for unit in "apiVersion: v1\n".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(dir.path().join("wide.yaml"), bytes).expect("write");
    let (code, report, _) = run_json(dir.path(), &["."]);
    assert_eq!(code, 2);
    let errors = texts(&report, "errors", "message");
    assert!(errors.iter().any(|e| e.contains("UTF-16")), "{errors:?}");
}

#[test]
fn standard_input_is_limited_like_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut big = b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: \"".to_vec();
    big.resize(17 * 1024 * 1024, b'y');
    let output = run_limited(dir.path(), &["--no-config", "-"], Some(&big));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("larger than 16 MiB"), "{stderr}");
}

#[test]
fn named_paths_that_cannot_be_linted_are_explained() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "README.md", "# hello\n");
    write(dir.path(), "main.hcl", "a = 1\n");
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    let fifo = dir.path().join("pipe.tf");
    let c_path = std::ffi::CString::new(fifo.to_string_lossy().as_bytes()).expect("path");
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);

    // Alone, each is an error: nothing lintable was named.
    for name in ["README.md", "main.hcl", "pipe.tf"] {
        let (code, report, _) = run_json(dir.path(), &[name]);
        assert_eq!(code, 2, "{name}");
        let errors = texts(&report, "errors", "message");
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(name) && e.contains("nothing to lint")),
            "{name}: {errors:?}"
        );
    }
    // Beside a lintable file, they are skipped with their reason.
    let (code, report, _) = run_json(dir.path(), &["README.md", "good"]);
    assert_eq!(code, 1);
    let skipped = texts(&report["summary"], "skipped", "reason");
    assert!(
        skipped
            .iter()
            .any(|s| s.starts_with("README.md") && s.contains("not a file srm-lint reads")),
        "{skipped:?}"
    );
    assert_good_file_linted(&report);
    // Walking the folder: the pipe is listed, not read (reading it would block forever).
    let (_, report, _) = run_json(dir.path(), &["."]);
    let skipped = texts(&report["summary"], "skipped", "reason");
    assert!(
        skipped
            .iter()
            .any(|s| s.starts_with("pipe.tf") && s.contains("not a regular file")),
        "{skipped:?}"
    );
}

#[test]
fn linked_folders_are_listed_as_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "real/main.tf", GOOD_BUCKET);
    std::os::unix::fs::symlink(dir.path().join("real"), dir.path().join("linked"))
        .expect("symlink");
    let (_, report, _) = run_json(dir.path(), &["."]);
    let skipped = texts(&report["summary"], "skipped", "reason");
    assert!(
        skipped
            .iter()
            .any(|s| s.starts_with("linked") && s.contains("symbolic link to a folder")),
        "{skipped:?}"
    );
}

#[test]
fn configuration_typos_are_errors_at_their_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    write(
        dir.path(),
        "srm-lint.toml",
        "select = [\"SRM-AWS-S3-0002\"]\nignore = [\"iam\", \"SRM-NOPE-*\"]\n\n[severity]\n\"SRM-AWS-XX-001\" = \"low\"\n",
    );
    let output = run_limited(dir.path(), &["--format", "json", "."], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    for expected in [
        "srm-lint.toml:1:11: select: `SRM-AWS-S3-0002` names no policy",
        "srm-lint.toml:2:18: ignore: `SRM-NOPE-*` names no policy",
        "srm-lint.toml:5:1: [severity]: `SRM-AWS-XX-001` is not a policy id",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    // --policy takes the same selectors as the configuration.
    let (code, report, stderr) = run_json(dir.path(), &["--policy", "SRM-AWS-S3-*", "good"]);
    assert_eq!(code, 1, "{stderr}");
    assert_good_file_linted(&report);
    let (code, _, stderr) = run_json(dir.path(), &["--policy", "SRM-AWS-S3-0002", "good"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown policy id"), "{stderr}");
}

#[test]
fn a_command_name_after_options_is_not_linted_as_a_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    let output = run_limited(dir.path(), &["--no-config", "baseline", "."], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("`baseline` is a command"), "{stderr}");
}

#[test]
fn ten_thousand_instances_of_three_joined_resources_finish_with_their_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "many/main.tf",
        r#"resource "aws_s3_bucket" "b" {
  count  = 10000
  bucket = "bucket-${count.index}"
}
resource "aws_s3_bucket_versioning" "v" {
  count  = 10000
  bucket = aws_s3_bucket.b[count.index].id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "e" {
  count  = 10000
  bucket = aws_s3_bucket.b[count.index].id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
  }
}
"#,
    );
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    let (code, report, stderr) = run_json(
        dir.path(),
        // Every S3 policy: they join buckets with their split resources.
        &["--policy", "SRM-AWS-S3-*", "."],
    );
    // Versioned and encrypted through the joined resources: no SRM-AWS-S3-001 on any instance.
    assert_eq!(code, 1, "{stderr}");
    let errors = texts(&report, "errors", "message");
    assert!(errors.is_empty(), "{errors:?}");
    assert!(
        !finding_ids(&report)
            .iter()
            .any(|f| f.starts_with("many/") && f.ends_with("SRM-AWS-S3-001")),
        "the joins were not found"
    );
    assert_good_file_linted(&report);
}

#[test]
fn terraform_evaluation_bombs_become_unknown_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Three nested `for` over range(1000): a billion strings if evaluated.
    write(
        dir.path(),
        "nested/main.tf",
        "locals {\n  x = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : \"${a}-${b}-${c}\"]]]\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = length(local.x)\n}\n",
    );
    // Sixty locals each doubling the previous one, then format and join of the last.
    let mut doubling = String::from("locals {\n  l0 = \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n");
    for i in 1..60 {
        doubling.push_str(&format!(
            "  l{i} = \"${{local.l{p}}}${{local.l{p}}}\"\n",
            p = i - 1
        ));
    }
    doubling.push_str("  f = format(\"%s%s\", local.l59, local.l59)\n  j = join(\"\", [local.l59, local.l59])\n}\nresource \"aws_s3_bucket\" \"d\" {\n  bucket = local.l59\n}\n");
    write(dir.path(), "double/main.tf", &doubling);
    // More instances than the budget: one unexpanded instance, said aloud.
    write(
        dir.path(),
        "many/main.tf",
        "resource \"aws_s3_bucket\" \"m\" {\n  count  = 20000\n  bucket = \"m\"\n}\n",
    );
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    let (code, report, stderr) = run_json(dir.path(), &["."]);
    assert_eq!(code, 1, "{stderr}");
    let warnings = texts(&report, "warnings", "message");
    for (file, words) in [
        ("nested/main.tf:1 ", "values built in this module"),
        ("double/main.tf:1 ", "a string longer than"),
        (
            "many/main.tf:1 ",
            "count = 20000 is more than 10000 instances",
        ),
    ] {
        assert!(
            warnings
                .iter()
                .any(|w| w.starts_with(file) && w.contains(words)),
            "{file} {words}: {warnings:?}"
        );
    }
    assert_good_file_linted(&report);
    // Raising the budget is honoured.
    let (_, report, _) = run_json(dir.path(), &["--limit", "instances=30000", "many"]);
    let warnings = texts(&report, "warnings", "message");
    assert!(
        !warnings.iter().any(|w| w.contains("instances")),
        "{warnings:?}"
    );
}

#[test]
fn something_defined_twice_in_a_module_is_an_error_naming_both_places() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "m/a.tf",
        "resource \"aws_s3_bucket\" \"b\" {\n  acl = \"private\"\n}\nlocals {\n  x = 1\n}\n",
    );
    write(
        dir.path(),
        "m/b.tf",
        "locals {\n  x = 2\n}\n\nresource \"aws_s3_bucket\" \"b\" {\n  acl = \"public-read\"\n}\n",
    );
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    let (code, report, _) = run_json(dir.path(), &["."]);
    assert_eq!(code, 2);
    let errors = texts(&report, "errors", "message");
    for expected in [
        "m/b.tf:5 resource aws_s3_bucket.b is defined twice",
        "m/b.tf:2 local `x` is defined twice",
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{expected}: {errors:?}"
        );
    }
    assert!(
        errors
            .iter()
            .any(|e| e.contains("(first defined at m/a.tf:1)")),
        "{errors:?}"
    );
    // The public ACL of the copy is not reported at the other copy's `acl = "private"`.
    assert!(
        !finding_ids(&report)
            .iter()
            .any(|f| f.ends_with("SRM-AWS-S3-002") && f.starts_with("m/")),
        "{:?}",
        finding_ids(&report)
    );
    assert_good_file_linted(&report);
}

#[test]
fn module_sources_stay_in_the_tree_unless_allowed() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "outside/main.tf", GOOD_BUCKET);
    write(
        dir.path(),
        "repo/main.tf",
        "module \"up\" {\n  source = \"../outside\"\n}\n",
    );
    // A committed modules.json naming a folder anywhere on the machine.
    write(
        dir.path(),
        "repo/registry/main.tf",
        "module \"vpc\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\n",
    );
    let outside = dir.path().join("outside").to_string_lossy().to_string();
    write(
        dir.path(),
        "repo/registry/.terraform/modules/modules.json",
        &format!(
            "{{\"Modules\": [{{\"Key\": \"vpc\", \"Source\": \"registry.terraform.io/terraform-aws-modules/vpc/aws\", \"Dir\": {outside:?}}}]}}"
        ),
    );
    let repo = dir.path().join("repo");
    let (code, report, stderr) = run_json(&repo, &["."]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        finding_ids(&report).is_empty(),
        "{:?}",
        finding_ids(&report)
    );
    let warnings = texts(&report, "warnings", "message");
    for expected in [
        "main.tf:1 module \"up\"",
        "registry/main.tf:1 module \"vpc\"",
    ] {
        assert!(
            warnings
                .iter()
                .any(|w| w.starts_with(expected) && w.contains("outside the folders being linted")),
            "{expected}: {warnings:?}"
        );
    }
    // Allowed explicitly, the module is evaluated and its finding traced to the caller.
    let (code, report, _) = run_json(&repo, &["--allow-outside", "../outside", "."]);
    assert_eq!(code, 1);
    assert!(
        finding_ids(&report)
            .iter()
            .any(|f| f.ends_with("SRM-AWS-S3-002")),
        "{:?}",
        finding_ids(&report)
    );
}

#[test]
fn scanned_text_never_reaches_a_report_unescaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A privileged Pod (so it has findings) named with everything a printer must neutralise.
    let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"x\\n::error file=README.md,line=1::INJECTED\\e[31mred\\a %25 ]]> \\uFFFE \\u2028 \\u202Eevil\"\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n";
    write(dir.path(), "pod.yaml", pod);
    // A file name with a line break and a workflow command in it.
    write(dir.path(), "evil\n::error file=x::name.yaml", pod);
    let forbidden = |text: &str, machine: bool| -> Vec<String> {
        let mut problems = Vec::new();
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("::error file=README.md")
                || line.starts_with("::error file=x::")
                || line.starts_with("::INJECTED")
            {
                problems.push(format!("line {}: injected command: {line}", number + 1));
            }
        }
        for c in ['\u{1b}', '\u{7}', '\u{fffe}', '\u{2028}', '\u{202e}'] {
            // JSON and SARIF are data for programs: serde escapes the control
            // characters, and the other characters must stay exactly as written.
            if (c.is_control() || !machine) && text.contains(c) {
                problems.push(format!("raw U+{:04X}", c as u32));
            }
        }
        problems
    };
    for format in [
        "human", "compact", "github", "junit", "markdown", "sarif", "json",
    ] {
        let output = run_limited(
            dir.path(),
            &["--no-config", "--format", format, "--verbose", "."],
            None,
        );
        assert_eq!(output.status.code(), Some(1), "{format}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            text.contains("INJECTED"),
            "{format}: the finding is missing"
        );
        let problems = forbidden(&text, format == "sarif" || format == "json");
        assert!(problems.is_empty(), "{format}: {problems:?}\n{text}");
        if format == "sarif" || format == "json" {
            serde_json::from_str::<Value>(&text).expect("valid JSON");
        }
        if format == "compact" {
            // One line per finding: every line starts with a file name and a position.
            for line in text.lines() {
                assert!(
                    line.starts_with("pod.yaml:") || line.starts_with("evil\\n::error"),
                    "{line}"
                );
            }
        }
    }
}

#[test]
fn reports_never_overwrite_what_is_linted_or_each_other() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "infra/main.tf", GOOD_BUCKET);
    for args in [
        vec!["--no-config", "--output", "infra/main.tf", "infra"],
        vec!["--no-config", "--format", "json=infra/main.tf", "infra"],
        vec![
            "--no-config",
            "--format",
            "json=r.out",
            "--format",
            "sarif=r.out",
            "infra",
        ],
    ] {
        let output = run_limited(dir.path(), &args, None);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("being linted") || stderr.contains("two formats"),
            "{args:?}: {stderr}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("infra/main.tf")).expect("read"),
        GOOD_BUCKET
    );
    // A JSON report inside the scanned tree is fine, and is written whole (no temporary left).
    let output = run_limited(
        dir.path(),
        &["--no-config", "--format", "json=infra/report.json", "infra"],
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    let names: Vec<String> = std::fs::read_dir(dir.path().join("infra"))
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    let report: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("infra/report.json")).expect("report"),
    )
    .expect("valid JSON");
    assert_good_file_linted(&serde_json::json!({
        "findings": report["findings"].as_array().map(|f| f.iter().map(|x| {
            let mut x = x.clone();
            x["file"] = Value::from(x["file"].as_str().unwrap_or("").replace("infra/", "good/"));
            x
        }).collect::<Vec<_>>())
    }));
}

/// A file made of tokens (every line a GitHub token) and two thousand instances
/// reading a password from a variable: the run stays within its limits, reports
/// at most 10,000 secrets with a warning for the rest, and masks every one.
#[test]
fn a_flood_of_secrets_is_capped_and_still_masked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut tokens = String::from("locals {\n  tokens = <<-EOT\n");
    let alphabet: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut first = String::new();
    for line in 0..11_000 {
        let mut token = String::from("ghp_");
        for _ in 0..36 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            token.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        if line == 0 {
            first.clone_from(&token);
        }
        tokens.push_str(&token);
        tokens.push('\n');
    }
    tokens.push_str("  EOT\n}\n");
    write(dir.path(), "flood/main.tf", &tokens);
    write(
        dir.path(),
        "instances/main.tf",
        "variable \"password\" {\n  default = \"Flood-Passw0rd-1\"\n}\nresource \"aws_db_instance\" \"db\" {\n  count    = 2000\n  password = var.password\n}\n",
    );
    write(dir.path(), "good/main.tf", GOOD_BUCKET);
    let (code, report, stderr) = run_json(dir.path(), &["."]);
    assert_eq!(code, 1, "{stderr}");
    assert_good_file_linted(&report);
    let ids = finding_ids(&report);
    let flood = ids
        .iter()
        .filter(|f| f.contains("SRM-TF-SECRET-004"))
        .count();
    assert_eq!(
        flood, 10_000,
        "at most 10,000 secrets are reported per document"
    );
    assert!(
        ids.iter()
            .any(|f| f == "instances/main.tf:2 SRM-TF-SECRET-001"),
        "the default reached by 2,000 instances is reported once at the literal: {:?}",
        ids.iter()
            .filter(|f| f.contains("instances"))
            .take(5)
            .collect::<Vec<_>>()
    );
    let warnings = texts(&report, "warnings", "message");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("more secrets in this document are not reported")),
        "{warnings:?}"
    );
    let text = report.to_string();
    assert!(!text.contains(&first) && !text.contains("Flood-Passw0rd-1"));
}
