//! End-to-end CLI cases kept as data: each `tests/cmd/<case>.toml` runs the real binary, checks
//! its exit status and snapshot-tests its whole output in `tests/snapshots/cli/<case>.snap`.

mod redact;

use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const CASES: &str = "tests/cmd";
const SNAPSHOTS: &str = "tests/snapshots/cli";

/// A case file: what the case is about goes in a `#` comment at its top.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    args: Vec<String>,
    #[serde(default)]
    stdin: Option<String>,
    status: i32,
}

/// Runs one case: the command line (for the snapshot's description), and the text to
/// snapshot, or why the case could not run or exited with another status than expected.
fn run_case(path: &Path) -> Result<(String, String), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let case: Case = toml::from_str(&text).map_err(|e| format!("bad case file: {e}"))?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(&case.args)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    if let Some(input) = &case.stdin {
        stdin
            .write_all(input.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    drop(stdin);
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let status = output
        .status
        .code()
        .map_or_else(|| format!("none ({})", output.status), |c| c.to_string());
    if output.status.code() != Some(case.status) {
        return Err(format!(
            "exit status {status}, expected {}\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}",
            case.status
        ));
    }
    let command_line = format!("srm-lint {}", case.args.join(" "));
    let snapshot =
        format!("exit status: {status}\n----- stdout -----\n{stdout}----- stderr -----\n{stderr}");
    Ok((command_line, snapshot))
}

fn files_with_extension(dir: &str, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn cli_cases() {
    let cases = files_with_extension(CASES, "toml");
    assert!(cases.len() >= 8, "only {} CLI cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = stem(case);
        let (command_line, output) = match run_case(case) {
            Ok(ran) => ran,
            Err(e) => {
                failures.push(format!("== {}\n{e}", case.display()));
                continue;
            }
        };
        let mut settings = redact::settings();
        settings.set_snapshot_path("snapshots/cli");
        settings.set_prepend_module_to_snapshot(false);
        settings.set_description(format!("{}: {command_line}", case.display()));
        // A differing snapshot panics after printing its diff; go on with the other cases.
        let matched = catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name.as_str(), output));
        }));
        if matched.is_err() {
            failures.push(format!(
                "== {}\noutput differs from {SNAPSHOTS}/{name}.snap (diff above)",
                case.display()
            ));
        }
    }
    // A snapshot whose case was renamed or deleted would otherwise stay behind unnoticed.
    for snapshot in files_with_extension(SNAPSHOTS, "snap") {
        if !cases.iter().any(|case| stem(case) == stem(&snapshot)) {
            failures.push(format!(
                "== {}\nno case {CASES}/{}.toml",
                snapshot.display(),
                stem(&snapshot)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
