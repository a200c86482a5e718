//! `srm-lint test`: runs the Rego unit tests (`*_test.rego`, rules named `test_*`) of a policy folder, like `opa test`.

use std::path::{Path, PathBuf};

use super::Engine;
use crate::policy::PolicySet;

#[derive(Debug, Clone)]
pub struct TestOutcome {
    pub file: String,
    pub name: String,
    pub passed: bool,
    pub detail: Option<String>,
}

/// What a test run found: per-test outcomes and problems with the folder itself.
#[derive(Debug, Default)]
pub struct TestRun {
    pub outcomes: Vec<TestOutcome>,
    pub problems: Vec<String>,
}

impl TestRun {
    pub fn passed(&self) -> usize {
        self.outcomes.iter().filter(|o| o.passed).count()
    }

    pub fn failed(&self) -> usize {
        self.outcomes.len() - self.passed() + self.problems.len()
    }
}

/// Runs every `*_test.rego` under `dir` against the folder's policies and the built-in libraries.
/// A policy without a test file is a problem, so is a test file without tests.
pub fn run_tests(dir: &Path) -> TestRun {
    let mut run = TestRun::default();
    let set = PolicySet::load_dir_only(dir);
    run.problems.extend(
        set.errors
            .iter()
            .map(|e| format!("{}: {}", e.file, e.message)),
    );
    let (engine, errors) = Engine::new(&set);
    run.problems
        .extend(errors.iter().map(|e| format!("{}: {}", e.file, e.message)));

    let mut test_files = Vec::new();
    collect_tests(dir, &mut test_files);
    test_files.sort();
    for policy in &set.policies {
        let expected = policy.source_path.trim_end_matches(".rego").to_string() + "_test.rego";
        if !test_files.iter().any(|t| t.to_string_lossy() == expected) {
            run.problems.push(format!(
                "{}: {} has no unit tests ({expected})",
                policy.source_path,
                policy.id()
            ));
        }
    }
    for file in test_files {
        let display = file.display().to_string();
        let rego = match std::fs::read_to_string(&file) {
            Ok(rego) => rego,
            Err(e) => {
                run.problems.push(format!("{display}: cannot read: {e}"));
                continue;
            }
        };
        let Some(package) = crate::policy::package_of(&rego) else {
            run.problems
                .push(format!("{display}: no `package` declaration"));
            continue;
        };
        let mut rego_engine = engine.rego_engine();
        if let Err(e) = rego_engine.add_policy(display.clone(), rego.clone()) {
            run.problems.push(format!(
                "{display}: {}",
                e.to_string().lines().next().unwrap_or_default()
            ));
            continue;
        }
        let names = test_names(&rego);
        if names.is_empty() {
            run.problems
                .push(format!("{display}: no rules named test_*"));
        }
        for name in names {
            let outcome = match rego_engine.eval_rule(format!("data.{package}.{name}")) {
                Ok(value) if value == regorus::Value::from(true) => (true, None),
                Ok(value) => (false, Some(format!("evaluated to {value}"))),
                Err(e) => (
                    false,
                    Some(e.to_string().lines().next().unwrap_or_default().to_string()),
                ),
            };
            run.outcomes.push(TestOutcome {
                file: display.clone(),
                name: format!("{package}.{name}"),
                passed: outcome.0,
                detail: outcome.1,
            });
        }
    }
    run
}

fn collect_tests(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_tests(&path, out);
        } else if path.to_string_lossy().ends_with("_test.rego") {
            out.push(path);
        }
    }
}

/// Names of the test rules a module defines (`test_x if {`, `test_x := ...`), each once.
fn test_names(rego: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in rego.lines() {
        let Some(rest) = line.strip_prefix("test_") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let name = format!("test_{name}");
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}
