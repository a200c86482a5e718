//! The integrations users copy: the pre-commit hook (run for real with `pre-commit`) and the GitHub Action's metadata.

use std::path::{Path, PathBuf};
use std::process::Command;

use srm_lint::parse_documents;

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .status()
        .expect("run git");
    assert!(status.success(), "git {args:?} failed");
}

/// `pre-commit run --all-files` with this checkout as the hook repository: it
/// fails on a public bucket and passes once the bucket is fixed. `.ci/run`
/// installs pre-commit and sets SRM_LINT_PRE_COMMIT (building the hook takes minutes).
#[test]
fn pre_commit_hook_fails_on_findings_and_passes_when_fixed() {
    let Some(pre_commit) = std::env::var_os("SRM_LINT_PRE_COMMIT").map(PathBuf::from) else {
        assert!(
            std::env::var_os("SRM_LINT_REQUIRE_VALIDATORS").is_none(),
            "SRM_LINT_PRE_COMMIT is not set but integrations are required"
        );
        eprintln!(
            "skipped: set SRM_LINT_PRE_COMMIT to a pre-commit executable to run the hook for real"
        );
        return;
    };
    let checkout = std::env::current_dir().expect("cwd");
    let head = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .output()
        .expect("git rev-parse");
    let head = String::from_utf8_lossy(&head.stdout).trim().to_string();
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    std::fs::write(
        repo.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {head}\n    hooks:\n      - id: srm-lint\n",
            checkout.display()
        ),
    )
    .expect("write config");
    let bucket = |acl: &str| {
        format!("resource \"aws_s3_bucket\" \"b\" {{\n  bucket = \"b\"\n  acl    = \"{acl}\"\n}}\n")
    };
    std::fs::write(repo.join("main.tf"), bucket("public-read")).expect("write main.tf");
    // The repository's configuration (found upward from the staged files) narrows the run to one policy.
    std::fs::write(
        repo.join("srm-lint.toml"),
        "select = [\"SRM-AWS-S3-002\"]\n",
    )
    .expect("write srm-lint.toml");
    git(repo, &["add", "."]);
    // The hook environment is cached across runs of the same revision.
    let home = std::env::var_os("SRM_LINT_PRE_COMMIT_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| checkout.join("target").join("pre-commit-home"));
    let run = || {
        Command::new(&pre_commit)
            .current_dir(repo)
            .env("PRE_COMMIT_HOME", &home)
            .env("NO_COLOR", "1")
            .args(["run", "--all-files"])
            .output()
            .expect("run pre-commit")
    };
    let failing = run();
    let text = String::from_utf8_lossy(&failing.stdout).to_string()
        + &String::from_utf8_lossy(&failing.stderr);
    assert!(
        !failing.status.success(),
        "the hook must fail on a public bucket:\n{text}"
    );
    assert!(
        text.contains("SRM-AWS-S3-002") && text.contains("main.tf"),
        "{text}"
    );
    // Fixed: the ACL is private.
    std::fs::write(repo.join("main.tf"), bucket("private")).expect("fix main.tf");
    git(repo, &["add", "."]);
    let passing = run();
    let text = String::from_utf8_lossy(&passing.stdout).to_string()
        + &String::from_utf8_lossy(&passing.stderr);
    assert!(
        passing.status.success(),
        "the hook must pass once fixed:\n{text}"
    );
}

/// Every `inputs.X` the composite action uses is declared, and every step has what it needs.
#[test]
fn the_github_action_declares_what_it_uses() {
    let text = std::fs::read_to_string("action.yml").expect("action.yml");
    let documents = parse_documents(&text).expect("action.yml is YAML");
    let action = &documents[0].value;
    let inputs = action["inputs"].as_object().expect("inputs");
    for (offset, _) in text.match_indices("inputs.") {
        let name: String = text[offset + 7..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        assert!(
            inputs.contains_key(&name),
            "action.yml uses undeclared input `{name}`"
        );
    }
    assert_eq!(action["runs"]["using"], "composite");
    for step in action["runs"]["steps"].as_array().expect("steps") {
        assert!(
            step.get("uses").is_some() || step.get("shell").is_some(),
            "a run step needs a shell: {step}"
        );
    }
    let hooks = parse_documents(&std::fs::read_to_string(".pre-commit-hooks.yaml").expect("hooks"))
        .expect("YAML");
    assert_eq!(hooks[0].value[0]["id"], "srm-lint");
    assert_eq!(hooks[0].value[0]["language"], "rust");
}

/// Runs the action's own "Run srm-lint" step script the way the runner would
/// (bash, the step's env from the inputs, the installed binary under ~/.srm-lint/bin).
#[cfg(unix)]
#[test]
fn the_github_action_run_step_annotates_writes_sarif_and_the_step_summary() {
    let text = std::fs::read_to_string("action.yml").expect("action.yml");
    let action = parse_documents(&text).expect("YAML").remove(0).value;
    let step = action["runs"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["name"] == "Run srm-lint")
        .expect("a `Run srm-lint` step")
        .clone();
    let script = step["run"].as_str().expect("run script");
    let home = tempfile::tempdir().expect("home");
    let bin = home.path().join(".srm-lint/bin");
    std::fs::create_dir_all(&bin).expect("bin folder");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_srm-lint"), bin.join("srm-lint"))
        .expect("install");
    let summary = home.path().join("summary.md");
    let sarif = home.path().join("out.sarif");
    let input = |name: &str| {
        action["inputs"][name]["default"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let output = Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("HOME", home.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env(
            "SRM_PATH",
            "testdata/examples/terraform testdata/examples/kubernetes",
        )
        .env("SRM_FORMAT", input("format"))
        .env("SRM_FAIL_ON", "critical")
        .env("SRM_CONFIG", input("config"))
        .env("SRM_SARIF", &sarif)
        .env("SRM_ARGS", "--exclude chart")
        .output()
        .expect("run the step");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(1),
        "critical findings fail the step: {stdout}"
    );
    assert!(
        stdout.contains("::error file=testdata/examples/terraform/main.tf"),
        "{stdout}"
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).expect("SARIF written"))
            .expect("SARIF is JSON");
    assert!(
        sarif["runs"][0]["results"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );
    assert!(
        std::fs::read_to_string(&summary)
            .expect("summary written")
            .contains("## srm-lint:")
    );
}

/// The action's "Suggest fixes" step puts the diff of `--fix` into the step
/// summary inside a fence longer than any backtick run of the scanned text, and
/// writes nothing to the checkout.
#[cfg(unix)]
#[test]
fn the_github_action_suggests_fixes_in_the_step_summary() {
    let text = std::fs::read_to_string("action.yml").expect("action.yml");
    let action = parse_documents(&text).expect("YAML").remove(0).value;
    let step = action["runs"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["name"] == "Suggest fixes")
        .expect("a `Suggest fixes` step")
        .clone();
    let script = step["run"].as_str().expect("run script");
    let home = tempfile::tempdir().expect("home");
    let bin = home.path().join(".srm-lint/bin");
    std::fs::create_dir_all(&bin).expect("bin folder");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_srm-lint"), bin.join("srm-lint"))
        .expect("install");
    let work = tempfile::tempdir().expect("checkout");
    let original = "# ````` a comment with backticks\nresource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = false\n}\n";
    std::fs::write(work.path().join("main.tf"), original).expect("write");
    let summary = home.path().join("summary.md");
    let output = Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(work.path())
        .env("HOME", home.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("SRM_PATH", ".")
        .env("SRM_CONFIG", "")
        .env("SRM_ARGS", "--no-config --policy SRM-AWS-KMS-001")
        .env("SRM_SUGGEST", "safe")
        .output()
        .expect("run the step");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let summary = std::fs::read_to_string(&summary).expect("summary written");
    assert!(
        summary.contains("### Fixes srm-lint can apply"),
        "{summary}"
    );
    assert!(
        summary.contains("``````diff\n"),
        "a fence longer than the file's backticks: {summary}"
    );
    assert!(
        summary.contains("+  enable_key_rotation = true"),
        "{summary}"
    );
    assert_eq!(
        std::fs::read_to_string(work.path().join("main.tf")).unwrap_or_default(),
        original
    );
}
