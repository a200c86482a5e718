//! Secrets are found and never printed: every output format, the step summary and the baseline file over the secrets fixture.

use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURE: &str = "testdata/secrets";

/// Every secret written in the fixture (and the parts of them that must not show either).
const SECRETS: &[&str] = &[
    "AKIA4RZQ7X2BN5KTYW3M",
    "q9Lw2-provider-secret",
    "ghp_8Kd2LmQ9xR4tV7wZ1bN5cH3jF6gS0aY2eU4i",
    "AdminPassword123!",
    "Tfvars-Adm1n-Passw0rd",
    "Kd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3",
    "Zq7-rT9w2Lx-db",
    "Zx8qP2mK9vR4tL7wN3sB6yH1jF5gD0cA+eU/iO8r",
    "sk_live_4eC39HqLyjWDarjtT1zdp7dcKx9",
    "Zq7-rT9w2Lx@",
    "AIzaSyD4k9Xq2Lr7Vb1Nw8Tz3Hc6Jm0Pf5Gs9Ea",
    "MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Lp9Xk4",
    "glpat-Xk3vQ9pL2mN7rT4wZ8bC",
    "aHVudGVyMi1zdXBlci1zZWNyZXQ=",
    "xoxb-2748312093-4829103847561",
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6ImFkbWluIn0",
    "s3cr3t-passw0rd-cm",
    "t0k3n-for-upstream-api",
    "q7Rw2Zk9Lp4Xv8Nt3Bm6Hc1Jf5Gd0Sa7Ye2Ui9Op4As6Df8Gh1",
];

/// Every output of one run: standard output, standard error and the files it wrote.
fn outputs(args: &[&str], dir: &Path) -> String {
    let summary = dir.join("summary.md");
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .expect("run srm-lint");
    assert_ne!(
        output.status.code(),
        Some(2),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    for entry in std::fs::read_dir(dir).expect("output folder").flatten() {
        text.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
    }
    text
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("srm-lint-secrets-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn leaks(text: &str) -> Vec<&'static str> {
    SECRETS
        .iter()
        .copied()
        .filter(|s| text.contains(s))
        .collect()
}

#[test]
fn the_fixture_holds_every_listed_secret() {
    let mut text = String::new();
    for entry in std::fs::read_dir(FIXTURE).expect("fixture").flatten() {
        text.push_str(&std::fs::read_to_string(entry.path()).expect("text"));
    }
    let missing: Vec<&str> = SECRETS
        .iter()
        .copied()
        .filter(|s| !text.contains(s))
        .collect();
    assert!(missing.is_empty(), "not in the fixture: {missing:?}");
}

#[test]
fn no_output_format_prints_a_secret() {
    let mut problems = Vec::new();
    for format in [
        "human", "compact", "json", "sarif", "github", "junit", "markdown", "html",
    ] {
        let dir = scratch(format);
        let text = outputs(&["--format", format, "--verbose", FIXTURE], &dir);
        let found = leaks(&text);
        if !found.is_empty() {
            problems.push(format!("{format}: prints {found:?}"));
        }
        // The masked forms are there instead: the findings were made.
        if !text.contains("AKIA") || !text.contains("SRM-TF-SECRET-002") {
            problems.push(format!("{format}: the secret findings are missing"));
        }
    }
    // Several outputs of one run, to files.
    let dir = scratch("files");
    let json = dir.join("report.json");
    let sarif = dir.join("report.sarif");
    let spec_json = format!("json={}", json.display());
    let spec_sarif = format!("sarif={}", sarif.display());
    let text = outputs(
        &[
            "--format",
            "human",
            "--format",
            &spec_json,
            "--format",
            &spec_sarif,
            FIXTURE,
        ],
        &dir,
    );
    if !leaks(&text).is_empty() {
        problems.push(format!("files: print {:?}", leaks(&text)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_kind_of_secret_in_the_fixture_is_found() {
    let dir = scratch("found");
    let text = outputs(&["--format", "json", FIXTURE], &dir);
    let report: serde_json::Value =
        serde_json::from_str(&text[..text.rfind('}').map_or(0, |i| i + 1)]).expect("json report");
    let mut ids: Vec<String> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["policy_id"].as_str())
        .filter(|id| id.contains("SECRET") || id.starts_with("SRM-K8S-SEC-"))
        .map(str::to_string)
        .collect();
    let total = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(
        ids,
        [
            "SRM-K8S-SEC-001",
            "SRM-K8S-SEC-002",
            "SRM-K8S-SEC-003",
            "SRM-K8S-SEC-005",
            "SRM-K8S-SEC-006",
            "SRM-TF-SECRET-001",
            "SRM-TF-SECRET-002",
            "SRM-TF-SECRET-003",
            "SRM-TF-SECRET-004",
        ]
    );
    // In Terraform 4 credentials (one an overridden variable default), 3 cloud keys,
    // 1 private key, 5 tokens (one in a comment); in the manifests 6.
    assert_eq!(total, 19, "{report:#}");
}

#[test]
fn the_baseline_file_holds_no_secret() {
    let dir = scratch("baseline");
    let baseline = dir.join("baseline.json");
    let status = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["baseline", "--output"])
        .arg(&baseline)
        .arg(FIXTURE)
        .status()
        .expect("run srm-lint baseline");
    assert!(status.success(), "{status:?}");
    let text = std::fs::read_to_string(&baseline).expect("baseline written");
    assert!(text.contains("SRM-TF-SECRET-001"), "{text}");
    assert!(
        leaks(&text).is_empty(),
        "the baseline holds {:?}",
        leaks(&text)
    );
}

/// Fingerprints say where a secret is, not what it is: a rotated value keeps its
/// finding's fingerprint (and its baseline entry), and nothing of it can be guessed back.
#[test]
fn fingerprints_do_not_depend_on_the_value() {
    let fingerprints = |dir: &Path| {
        let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
            .args(["--format", "json", "."])
            .current_dir(dir)
            .output()
            .expect("run srm-lint");
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| {
                f["policy_id"]
                    .as_str()
                    .is_some_and(|id| id.contains("SECRET"))
            })
            .map(|f| format!("{} {}", f["policy_id"], f["fingerprint"]))
            .collect::<Vec<_>>()
    };
    let dir = scratch("rotated");
    std::fs::copy(Path::new(FIXTURE).join("main.tf"), dir.join("main.tf")).expect("copy");
    let before = fingerprints(&dir);
    let text = std::fs::read_to_string(dir.join("main.tf")).expect("read");
    std::fs::write(
        dir.join("main.tf"),
        text.replace("Zq7-rT9w2Lx-db", "Other-Passw0rd-99")
            .replace("AKIA4RZQ7X2BN5KTYW3M", "AKIA2E7XQ4KZVN5RBT3W"),
    )
    .expect("write");
    let after = fingerprints(&dir);
    assert!(before.len() >= 8, "{before:?}");
    assert_eq!(before, after);
}

/// A false positive is silenced like any finding, on its line.
#[test]
fn an_inline_comment_silences_a_secret_finding() {
    let dir = scratch("ignored");
    std::fs::write(
        dir.join("main.tf"),
        "variable \"token\" {\n  default = \"ghp_8Kd2LmQ9xR4tV7wZ1bN5cH3jF6gS0aY2eU4i\" # srm-lint:ignore SRM-TF-SECRET-004 reason=\"revoked test token\"\n}\n",
    )
    .expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["--format", "json", "."])
        .current_dir(&dir)
        .output()
        .expect("run srm-lint");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(
        report["findings"].as_array().map(Vec::len),
        Some(0),
        "{report:#}"
    );
    let suppressed = report["suppressed"].as_array().expect("suppressed");
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["policy_id"], "SRM-TF-SECRET-004");
    assert_eq!(output.status.code(), Some(0));
}

/// `--diff` shows lines around each fix: from the masked text, never the file's.
#[test]
fn fix_diffs_print_no_secret() {
    let dir = scratch("diff");
    let copy = dir.join("tree");
    std::fs::create_dir_all(&copy).expect("dir");
    for entry in std::fs::read_dir(FIXTURE).expect("fixture").flatten() {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), copy.join(entry.file_name())).expect("copy");
        }
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(["--no-config", "--diff", "--unsafe-fixes"])
        .arg(&copy)
        .output()
        .expect("run srm-lint");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        text.contains("+++ "),
        "the fixture has fixable findings: {text}"
    );
    let found = leaks(&text);
    assert!(found.is_empty(), "--diff prints {found:?}");
}
