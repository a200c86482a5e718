//! End-to-end CLI cases kept as data: each `tests/cmd/<case>.toml` runs the real binary and checks status and output.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    args: Vec<String>,
    #[serde(default)]
    stdin: Option<String>,
    status: i32,
    #[serde(default)]
    stdout_contains: Vec<String>,
    #[serde(default)]
    stdout_excludes: Vec<String>,
    #[serde(default)]
    stderr_contains: Vec<String>,
}

fn run_case(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let case: Case = toml::from_str(&text).map_err(|e| format!("bad case file: {e}"))?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_srm-lint"))
        .args(&case.args)
        .env("NO_COLOR", "1")
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
    let mut problems = Vec::new();
    if output.status.code() != Some(case.status) {
        problems.push(format!(
            "exit status {:?}, expected {}",
            output.status.code(),
            case.status
        ));
    }
    for needle in &case.stdout_contains {
        if !stdout.contains(needle.as_str()) {
            problems.push(format!("stdout lacks {needle:?}"));
        }
    }
    for needle in &case.stdout_excludes {
        if stdout.contains(needle.as_str()) {
            problems.push(format!("stdout has {needle:?}"));
        }
    }
    for needle in &case.stderr_contains {
        if !stderr.contains(needle.as_str()) {
            problems.push(format!("stderr lacks {needle:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}",
            problems.join("\n")
        ))
    }
}

#[test]
fn cli_cases() {
    let mut cases: Vec<_> = std::fs::read_dir("tests/cmd")
        .expect("tests/cmd")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 8, "only {} CLI cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            run_case(case)
                .err()
                .map(|e| format!("== {}\n{e}", case.display()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
