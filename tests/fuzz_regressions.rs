//! Inputs the fuzzers (and hostile-input reviews) found, kept as regression tests: each reader takes them without panicking.
//!
//! `fuzz/regressions/<target>/` holds one file per input; `fuzz/README.md` says
//! how to run the fuzzers and add a crasher here.

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, String)> {
    let dir = Path::new("fuzz/regressions").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no regression inputs in {}",
        dir.display()
    );
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("read input");
            (
                path.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            )
        })
        .collect()
}

fn run_all(target: &str, reader: fn(&str)) {
    for (name, text) in inputs(target) {
        // A panic names the input that caused it.
        if std::panic::catch_unwind(|| reader(&text)).is_err() {
            panic!("{target}: {name} panicked");
        }
    }
}

#[test]
fn terraform_inputs() {
    run_all("terraform", srm_lint::fuzzing::terraform);
}

#[test]
fn manifest_inputs() {
    run_all("manifests", srm_lint::fuzzing::manifests);
}

#[test]
fn plan_inputs() {
    run_all("terraform_plan", srm_lint::fuzzing::terraform_plan);
}

#[test]
fn metadata_inputs() {
    run_all("metadata", srm_lint::fuzzing::metadata);
}

#[test]
fn suppression_inputs() {
    run_all("suppression", srm_lint::fuzzing::suppression);
}
