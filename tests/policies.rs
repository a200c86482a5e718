//! Every policy through the real pipeline: its fixtures, its unit tests, its rendered finding, and the generated catalogue.

mod redact;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use srm_lint::{
    Area, ConfigSource, HumanOptions, LintOptions, Linter, OutputFormat, PolicySet, Report, Runner,
    catalogue, lint, render, run_tests,
};

fn fixture_root() -> PathBuf {
    Path::new("testdata").join("policies")
}

/// The real pipeline with one policy on one folder, without any srm-lint.toml.
fn scan_with(policy_id: &str, dir: &Path) -> (Report, Linter) {
    let options = LintOptions {
        paths: vec![dir.to_path_buf()],
        config: ConfigSource::Ignore,
        policies: vec![policy_id.to_string()],
        ..LintOptions::default()
    };
    let (report, linter) = lint(&options, None).expect("the run starts");
    let invalid: Vec<_> = report
        .errors
        .iter()
        .filter(|e| e.message.starts_with("invalid policy"))
        .collect();
    assert!(
        invalid.is_empty(),
        "policy load or compile errors: {invalid:?}"
    );
    (report, linter)
}

/// Lines marked `# expect: <ID>` in the fixture files of a folder, as (file, line).
fn expected_lines(dir: &Path, policy_id: &str) -> BTreeSet<(String, usize)> {
    let marker = format!("# expect: {policy_id}");
    let mut expected = BTreeSet::new();
    let mut entries = Vec::new();
    fixture_files(dir, &mut entries);
    entries.sort();
    for path in entries {
        let text = std::fs::read_to_string(&path).expect("fixture is text");
        let display = path.to_string_lossy().replace('\\', "/");
        for (index, line) in text.lines().enumerate() {
            if line.contains(&marker) {
                expected.insert((display.clone(), index + 1));
            }
        }
    }
    expected
}

/// The files of a fixture folder and of its subfolders (called modules).
fn fixture_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("fixture folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            fixture_files(&path, files);
        } else {
            files.push(path);
        }
    }
}

#[test]
fn every_policy_has_unit_tests_and_fixtures_that_hold() {
    let set = PolicySet::load(None, &[]);
    assert!(
        set.errors.is_empty(),
        "policy load errors: {:?}",
        set.errors
    );
    assert!(
        set.policies.len() >= 24,
        "only {} policies",
        set.policies.len()
    );
    let mut problems = Vec::new();
    let mut rendered_failures = Vec::new();
    for policy in &set.policies {
        let id = policy.id();
        let test_file = policy.source_path.trim_end_matches(".rego").to_string() + "_test.rego";
        if !Path::new(&test_file).is_file() {
            problems.push(format!("{id}: no unit tests at {test_file}"));
        }
        let dir = fixture_root().join(id);
        for side in ["pass", "fail"] {
            if !dir.join(side).is_dir() {
                problems.push(format!(
                    "{id}: no {side} fixture at {}",
                    dir.join(side).display()
                ));
            }
        }
        if !dir.join("fail").is_dir() || !dir.join("pass").is_dir() {
            continue;
        }
        let (pass, _) = scan_with(id, &dir.join("pass"));
        if !pass.errors.is_empty() {
            problems.push(format!("{id}: pass fixture has errors: {:?}", pass.errors));
        }
        for finding in &pass.findings {
            problems.push(format!(
                "{id}: pass fixture has a finding at {}:{}: {}",
                finding.file, finding.start_line, finding.message
            ));
        }
        let fail_dir = dir.join("fail");
        let (fail, linter) = scan_with(id, &fail_dir);
        if !fail.errors.is_empty() {
            problems.push(format!("{id}: fail fixture has errors: {:?}", fail.errors));
        }
        let expected = expected_lines(&fail_dir, id);
        let found: BTreeSet<(String, usize)> = fail
            .findings
            .iter()
            .map(|f| (f.file.clone(), f.start_line))
            .collect();
        if expected.is_empty() {
            problems.push(format!(
                "{id}: fail fixture marks no line with `# expect: {id}`"
            ));
        }
        for missing in expected.difference(&found) {
            problems.push(format!(
                "{id}: expected a finding at {}:{} but got none",
                missing.0, missing.1
            ));
        }
        for extra in found.difference(&expected) {
            problems.push(format!(
                "{id}: unexpected finding at {}:{}",
                extra.0, extra.1
            ));
        }
        let rendered = render(
            OutputFormat::Human,
            &fail,
            linter.policies(),
            HumanOptions {
                color: false,
                verbose: true,
            },
        );
        rendered_failures.push((id.to_string(), rendered));
    }
    for fixture in std::fs::read_dir(fixture_root())
        .expect("testdata/policies")
        .flatten()
    {
        let name = fixture.file_name().to_string_lossy().to_string();
        if set.find(&name).is_none() {
            problems.push(format!("testdata/policies/{name}: no policy has this id"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    // Snapshots of the rendered findings come last, so a fixture problem is reported before a snapshot diff.
    let _filters = redact::settings().bind_to_scope();
    for (id, rendered) in rendered_failures {
        insta::with_settings!({snapshot_path => "snapshots/policies", prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!(id, rendered);
        });
    }
}

#[test]
fn rego_unit_tests_pass() {
    let run = run_tests(Path::new("policies"));
    let failures: Vec<String> = run
        .outcomes
        .iter()
        .filter(|o| !o.passed)
        .map(|o| {
            format!(
                "{} ({}): {}",
                o.name,
                o.file,
                o.detail.clone().unwrap_or_default()
            )
        })
        .chain(run.problems.iter().cloned())
        .collect();
    assert!(
        run.outcomes.len() >= 48,
        "only {} Rego unit tests",
        run.outcomes.len()
    );
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn catalogue_is_up_to_date() {
    let set = PolicySet::load(None, &[]);
    let generated = catalogue::markdown(&set.policies);
    let committed = std::fs::read_to_string("policies/README.md").unwrap_or_default();
    assert!(
        generated == committed,
        "policies/README.md is stale: run `cargo run -q -- policies --format markdown > policies/README.md`"
    );
}

#[test]
fn every_area_is_covered_for_terraform_and_kubernetes() {
    let set = PolicySet::load(None, &[]);
    let mut missing = Vec::new();
    for area in Area::ALL {
        for provider in ["aws", "kubernetes"] {
            if !set
                .policies
                .iter()
                .any(|p| p.provider() == provider && p.metadata.custom.areas.contains(&area))
            {
                missing.push(format!("{provider}: {area}"));
            }
        }
    }
    assert!(missing.is_empty(), "areas without a policy: {missing:?}");
}

/// The virtual machine (the default runner) and the interpreter must agree on
/// every fixture: built-in policies run on regorus' RVM, which is younger than
/// its interpreter, and this is what proves them there.
#[test]
fn compiled_and_interpreted_policies_agree_on_every_fixture() {
    let set = PolicySet::load(None, &[]);
    assert!(set.errors.is_empty(), "{:?}", set.errors);
    let findings = |runner: Runner| {
        let options = LintOptions {
            paths: vec![PathBuf::from("testdata")],
            config: ConfigSource::Ignore,
            runner,
            ..LintOptions::default()
        };
        let (report, _) = lint(&options, None).expect("the run starts");
        // Some fixtures are broken on purpose; the errors must be the same too.
        let errors = report
            .errors
            .iter()
            .map(|e| format!("error {}:{:?} {}", e.file, e.line, e.message));
        report
            .findings
            .iter()
            .map(|f| {
                format!(
                    "{}:{}:{} {} {} {}",
                    f.file, f.start_line, f.start_column, f.policy_id, f.resource, f.message
                )
            })
            .chain(errors)
            .collect::<BTreeSet<String>>()
    };
    let interpreted = findings(Runner::Interpreter);
    let compiled = findings(Runner::Compiled);
    assert!(
        interpreted.len() > 500,
        "only {} findings",
        interpreted.len()
    );
    let missing: Vec<_> = interpreted.difference(&compiled).collect();
    let extra: Vec<_> = compiled.difference(&interpreted).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "the RVM differs from the interpreter:\nonly interpreted ({}):\n{}\nonly compiled ({}):\n{}",
        missing.len(),
        missing
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        extra.len(),
        extra
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    );
}
