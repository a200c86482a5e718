//! `--fix`, `--unsafe-fixes`, `--diff`: every fixable policy repairs its fail fixture (snapshot of the diff), a second run changes nothing, and files are written safely.

mod redact;

use std::path::Path;
use std::process::Command;

use srm_lint::{ConfigSource, FixOptions, LintOptions, Linter, PolicySet};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read fixture").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy fixture file");
        }
    }
}

fn linter(dir: &Path, policy: &str) -> Linter {
    Linter::new(&LintOptions {
        paths: vec![dir.to_path_buf()],
        cwd: Some(dir.to_path_buf()),
        config: ConfigSource::Ignore,
        policies: vec![policy.to_string()],
        ..LintOptions::default()
    })
    .expect("the run starts")
}

fn all_fixes(write: bool) -> FixOptions {
    FixOptions {
        unsafe_fixes: true,
        only: Vec::new(),
        write,
    }
}

/// What fixing one policy's fail fixture gave: the diff, or what went wrong.
fn fix_fixture(id: &str) -> Result<String, Vec<String>> {
    let fixture = Path::new("testdata/policies").join(id).join("fail");
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixture, dir.path());
    let mut problems = Vec::new();
    // One linter (policies compiled once) for the fix, the check and the second run:
    // it reads the files from disk each time. The folder is its current directory.
    let linter = linter(dir.path(), id);
    let (_, outcome) = linter.fix(&all_fixes(true));
    if outcome.fixed == 0 {
        return Err(vec![format!("{id}: no fix applied to its fail fixture")]);
    }
    if !outcome.errors.is_empty() {
        problems.push(format!("{id}: {:?}", outcome.errors));
    }
    let after = linter.lint(None);
    if !after.errors.is_empty() {
        problems.push(format!(
            "{id}: the fixed files do not lint: {:?}",
            after.errors
        ));
    }
    let still: Vec<String> = after
        .findings
        .iter()
        .filter(|f| {
            f.fix
                .as_ref()
                .is_some_and(|x| x.applicable && !x.edits.is_empty())
        })
        .map(|f| format!("{}:{} {}", f.file, f.start_line, f.message))
        .collect();
    if !still.is_empty() {
        problems.push(format!(
            "{id}: fixable findings remain after --fix: {still:?}"
        ));
    }
    let (_, again) = linter.fix(&all_fixes(true));
    if again.fixed != 0 || !again.files.is_empty() {
        problems.push(format!(
            "{id}: a second --fix changed {:?}",
            again.files.keys()
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut diff = String::new();
    for (file, (before, after)) in &outcome.files {
        diff.push_str(&srm_lint::unified_diff(file, before, after));
    }
    Ok(diff)
}

/// For every policy with a fix: its fail fixture, fixed with `--unsafe-fixes`,
/// still parses, has no fixable finding of the policy left, and a second run
/// changes nothing; the diff is snapshot-tested. Two threads share the policies.
#[test]
fn every_fixable_policy_repairs_its_fail_fixture() {
    let set = PolicySet::load(None, &[]);
    let fixable: Vec<String> = set
        .policies
        .iter()
        .filter(|p| p.metadata.custom.fix.is_some())
        .map(|p| p.id().to_string())
        .collect();
    let results: Vec<(String, Result<String, Vec<String>>)> = std::thread::scope(|scope| {
        let halves: Vec<_> = [0, 1]
            .into_iter()
            .map(|half| {
                let ids: Vec<&String> = fixable.iter().skip(half).step_by(2).collect();
                scope.spawn(move || {
                    ids.into_iter()
                        .map(|id| (id.clone(), fix_fixture(id)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        halves
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut settings = redact::settings();
    settings.set_snapshot_path("snapshots/fix");
    settings.set_prepend_module_to_snapshot(false);
    let _settings = settings.bind_to_scope();
    let mut problems = Vec::new();
    for (id, result) in results {
        match result {
            Ok(diff) => insta::assert_snapshot!(id, diff),
            Err(found) => problems.extend(found),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        fixable.len() >= 100,
        "at least 100 fixable policies, found {}",
        fixable.len()
    );
}

fn srm_lint(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .current_dir(dir)
        .args(["--no-config"])
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run srm-lint")
}

const KMS: &str = "resource \"aws_kms_key\" \"a\" {\n  description = \"a\"\n}\n\nvariable \"rotate\" {\n  default = false\n}\n\nresource \"aws_kms_key\" \"b\" {\n  enable_key_rotation = var.rotate\n}\n";

#[test]
fn diff_shows_and_writes_nothing_fix_writes_and_reports_what_remains() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("main.tf");
    std::fs::write(&file, KMS).expect("write");
    let diff = srm_lint(dir.path(), &["--policy", "SRM-AWS-KMS-001", "--diff", "."]);
    assert_eq!(diff.status.code(), Some(1), "a diff: exit 1");
    let stdout = String::from_utf8_lossy(&diff.stdout);
    assert!(stdout.contains("+  enable_key_rotation = true"), "{stdout}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap_or_default(),
        KMS,
        "--diff writes nothing"
    );
    // JSON: the fix of `a` is applicable; `b` gets a suggestion pointing at the variable.
    let json = srm_lint(
        dir.path(),
        &["--policy", "SRM-AWS-KMS-001", "--format", "json", "."],
    );
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    let a = findings
        .iter()
        .find(|f| f["resource"] == "aws_kms_key.a")
        .expect("a");
    assert_eq!(a["fix"]["safety"], "safe");
    assert_eq!(a["fix"]["applicable"], true);
    // The new line, and `description`'s `=` moved to stay aligned with it.
    let edits = a["fix"]["edits"].as_array().cloned().unwrap_or_default();
    assert!(
        edits
            .iter()
            .any(|e| e["new_text"] == "  enable_key_rotation = true\n" && e["start_line"] == 3),
        "{edits:?}"
    );
    assert!(
        edits
            .iter()
            .any(|e| e["new_text"] == "         " && e["start_line"] == 2)
    );
    let b = findings
        .iter()
        .find(|f| f["resource"] == "aws_kms_key.b")
        .expect("b");
    assert_eq!(b["fix"]["applicable"], false);
    let note = b["fix"]["note"].as_str().unwrap_or_default();
    assert!(
        note.contains("var.rotate") && note.contains("declared at main.tf:5"),
        "{note}"
    );
    // A tfvars file that sets the variable is where the value comes from.
    std::fs::write(
        dir.path().join("terraform.tfvars"),
        "# defaults\nrotate = false\n",
    )
    .expect("write");
    let json = srm_lint(
        dir.path(),
        &["--policy", "SRM-AWS-KMS-001", "--format", "json", "."],
    );
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let b = report["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["resource"] == "aws_kms_key.b").cloned())
        .expect("b");
    let note = b["fix"]["note"].as_str().unwrap_or_default();
    assert!(note.contains("set at terraform.tfvars:2"), "{note}");
    std::fs::remove_file(dir.path().join("terraform.tfvars")).expect("remove");
    // --fix: written, the suggestion stays a finding.
    let fixed = srm_lint(
        dir.path(),
        &[
            "--policy",
            "SRM-AWS-KMS-001",
            "--fix",
            "--format",
            "compact",
            ".",
        ],
    );
    let stderr = String::from_utf8_lossy(&fixed.stderr);
    assert!(stderr.contains("1 fixed (1 file), 1 remaining"), "{stderr}");
    assert_eq!(fixed.status.code(), Some(1));
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        text.contains("description         = \"a\"\n  enable_key_rotation = true\n"),
        "{text}"
    );
    let human = srm_lint(dir.path(), &["--policy", "SRM-AWS-KMS-001", "."]);
    let stdout = String::from_utf8_lossy(&human.stdout);
    assert!(
        stdout.contains("fix (suggestion): `enable_key_rotation` is set by `var.rotate`"),
        "{stdout}"
    );
}

#[test]
fn unsafe_fixes_need_their_flag_and_fix_only_limits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("main.tf");
    let text = "resource \"aws_instance\" \"web\" {\n  ami = \"ami-1\"\n\n  metadata_options {\n    http_tokens = \"optional\"\n  }\n}\n";
    std::fs::write(&file, text).expect("write");
    let human = srm_lint(dir.path(), &["--policy", "SRM-AWS-EC2-001", "."]);
    assert!(String::from_utf8_lossy(&human.stdout).contains("[*unsafe] [high]"));
    let safe_only = srm_lint(dir.path(), &["--policy", "SRM-AWS-EC2-001", "--fix", "."]);
    let stderr = String::from_utf8_lossy(&safe_only.stderr);
    assert!(
        stderr.contains("0 fixed (0 files), 1 remaining, 1 fixable with --unsafe-fixes"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap_or_default(), text);
    let other = srm_lint(
        dir.path(),
        &[
            "--fix",
            "--unsafe-fixes",
            "--fix-only",
            "SRM-AWS-KMS-*",
            "--policy",
            "SRM-AWS-EC2-001",
            ".",
        ],
    );
    assert!(String::from_utf8_lossy(&other.stderr).contains("0 fixed"));
    let both = srm_lint(
        dir.path(),
        &[
            "--policy",
            "SRM-AWS-EC2-001",
            "--fix",
            "--unsafe-fixes",
            ".",
        ],
    );
    assert!(String::from_utf8_lossy(&both.stderr).contains("1 fixed (1 file), 0 remaining"));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap_or_default()
            .contains("http_tokens = \"required\"")
    );
}

#[cfg(unix)]
#[test]
fn read_only_files_and_links_are_not_written() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("main.tf");
    std::fs::write(&file, KMS).expect("write");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let run = srm_lint(dir.path(), &["--policy", "SRM-AWS-KMS-001", "--fix", "."]);
    assert_eq!(
        run.status.code(),
        Some(2),
        "a file that cannot be fixed is an error"
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("read-only") || stderr.contains("read-only"),
        "{stdout}{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap_or_default(),
        KMS,
        "nothing lost"
    );
    assert_eq!(
        std::fs::metadata(&file)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0),
        0o444
    );

    // A link inside the tree to a file outside it: linted, never written through.
    let outside = tempfile::tempdir().expect("temp dir");
    let target = outside.path().join("real.tf");
    std::fs::write(&target, KMS).expect("write");
    let tree = tempfile::tempdir().expect("temp dir");
    std::os::unix::fs::symlink(&target, tree.path().join("main.tf")).expect("link");
    let run = srm_lint(
        tree.path(),
        &["--policy", "SRM-AWS-KMS-001", "--fix", "main.tf"],
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap_or_default(), KMS);
    assert_ne!(run.status.code(), Some(0));
}

#[test]
fn permissions_are_kept_and_kubernetes_files_fixed_in_rounds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("pod.yaml");
    let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: a\n      image: registry.example.com/a:1.0\n";
    std::fs::write(&file, text).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    }
    let run = srm_lint(
        dir.path(),
        &["--fix", "--unsafe-fixes", "--format", "compact", "."],
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains(" fixed (1 file)"), "{stderr}");
    let fixed = std::fs::read_to_string(&file).unwrap_or_default();
    // Several policies add keys to one missing securityContext: merged over rounds into one mapping.
    assert_eq!(fixed.matches("securityContext:").count(), 1, "{fixed}");
    srm_lint_parses(&fixed);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file)
                .map(|m| m.permissions().mode() & 0o777)
                .unwrap_or(0),
            0o640
        );
    }
    let again = srm_lint(dir.path(), &["--fix", "--unsafe-fixes", "."]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 fixed (0 files)"));
}

fn srm_lint_parses(text: &str) {
    srm_lint::parse_documents(text).expect("the fixed manifest parses");
}
