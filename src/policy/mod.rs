//! The policy set: built-in policies embedded at build time plus the user's `--policy-dir` folders.

pub mod catalogue;
pub mod metadata;
pub mod metadata_text;
pub mod service_models;

use std::path::{Path, PathBuf};

use metadata::{Metadata, metadata_from_value, parse_metadata};

use crate::model::{Area, Format, Severity, ToolError};

include!(concat!(env!("OUT_DIR"), "/embedded_policies.rs"));

/// Names a folder to read the built-in policies from instead of the embedded copies (for policy development).
pub const BUILTIN_DIR_VARIABLE: &str = "SRM_LINT_BUILTIN_DIR";

/// Where policy documentation lives; each policy has an anchor in the catalogue.
pub const DOCS_URL: &str = "https://github.com/srm-lint/srm-lint/blob/main/policies/README.md";

/// One policy: its metadata, Rego package and source.
#[derive(Debug, Clone)]
pub struct Policy {
    pub metadata: Metadata,
    pub package: String,
    /// `policies/aws/s3/bucket_encryption.rego` for built-ins, the file's path for the user's.
    pub source_path: String,
    pub rego: String,
    pub builtin: bool,
}

impl Policy {
    pub fn id(&self) -> &str {
        &self.metadata.custom.id
    }

    /// Whether a selector names this policy: its id (case-insensitive; a trailing
    /// `*` matches a prefix, `SRM-AWS-*`) or one of its areas (`iam`). The same
    /// selectors work in `--policy` and in the configuration's `select`/`ignore`.
    pub fn selected_by(&self, selector: &str) -> bool {
        let id = self.id();
        if let Some(prefix) = selector.strip_suffix('*') {
            return id
                .to_ascii_uppercase()
                .starts_with(&prefix.to_ascii_uppercase());
        }
        selector.eq_ignore_ascii_case(id)
            || self
                .metadata
                .custom
                .areas
                .iter()
                .any(|a| a.as_str() == selector)
    }

    pub fn format(&self) -> Format {
        self.metadata.custom.input.format
    }

    /// `aws`, `azure`, `google`, `kubernetes` or `terraform`, from the id (`SRM-AWS-...`); `custom` for others.
    pub fn provider(&self) -> &'static str {
        match self.id().split('-').nth(1) {
            Some("AWS") => "aws",
            Some("AZURE") => "azure",
            Some("GCP") => "google",
            Some("K8S") => "kubernetes",
            Some("TF") => "terraform",
            _ => "custom",
        }
    }

    pub fn docs_url(&self) -> String {
        format!("{DOCS_URL}#{}", self.id().to_ascii_lowercase())
    }

    /// The Rego rule that yields this policy's findings.
    pub fn deny_rule(&self) -> String {
        format!("data.{}.deny", self.package)
    }

    /// Whether the policy writes a top-level rule `name` (`applies`, `unknown`).
    pub fn defines(&self, name: &str) -> bool {
        self.rego.lines().any(|line| {
            line.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with([' ', '[', ':']))
        })
    }

    /// What the gathering rule collects for this policy: its `deny` set, or,
    /// when it narrows or leaves undecided what it judges, an object with its
    /// `deny`, `applies` and `unknown` sets (see `policies/CONTRIBUTING.md`).
    pub fn results_expression(&self) -> String {
        let applies = self.defines("applies");
        let unknown = self.defines("unknown");
        if !applies && !unknown {
            return self.deny_rule();
        }
        let mut expression = format!("{{\"deny\": {}", self.deny_rule());
        if applies {
            expression.push_str(&format!(", \"applies\": data.{}.applies", self.package));
        }
        if unknown {
            expression.push_str(&format!(", \"unknown\": data.{}.unknown", self.package));
        }
        expression.push('}');
        expression
    }
}

/// A Rego module that is not a policy: the shared `lib/` helpers.
#[derive(Debug, Clone)]
pub struct Library {
    pub source_path: String,
    pub rego: String,
}

/// Every policy and library of a run, and the problems found while loading them.
#[derive(Debug, Default)]
pub struct PolicySet {
    pub policies: Vec<Policy>,
    pub libraries: Vec<Library>,
    pub errors: Vec<PolicyLoadError>,
}

#[derive(Debug, Clone)]
pub struct PolicyLoadError {
    pub file: String,
    pub message: String,
}

impl PolicyLoadError {
    /// The problem as an error of a lint run (exit code 2).
    pub fn to_tool_error(&self) -> ToolError {
        ToolError {
            file: self.file.clone(),
            line: None,
            column: None,
            message: format!("invalid policy: {}", self.message),
        }
    }
}

/// The package a Rego module declares.
pub fn package_of(rego: &str) -> Option<String> {
    rego.lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix("package "))
        .map(|p| p.trim().to_string())
}

impl PolicySet {
    /// The built-in policies, then those of each folder in `dirs`.
    ///
    /// With `SRM_LINT_BUILTIN_DIR=policies` the built-ins are read from that
    /// folder instead of the copies embedded at build time, so policy authors
    /// can try a change without rebuilding the binary.
    pub fn load(builtin_dir: Option<&Path>, dirs: &[PathBuf]) -> PolicySet {
        let mut set = PolicySet::default();
        match builtin_dir {
            Some(dir) => set.load_builtin_dir(dir),
            None => {
                // METADATA comes pre-read as JSON from the build (reading the YAML
                // was most of the start-up time); it is still validated here.
                use rayon::prelude::*;
                let parsed: Vec<Option<Result<Metadata, String>>> = EMBEDDED_POLICIES
                    .par_iter()
                    .map(|(relative, rego, json)| {
                        (!relative.starts_with("lib/")).then(|| embedded_metadata(rego, *json))
                    })
                    .collect();
                for ((relative, rego, _), metadata) in EMBEDDED_POLICIES.iter().zip(parsed) {
                    let is_library = relative.starts_with("lib/");
                    set.add_parsed(
                        format!("policies/{relative}"),
                        rego.to_string(),
                        true,
                        is_library,
                        metadata,
                    );
                }
            }
        }
        for dir in dirs {
            set.load_dir(dir);
        }
        set.reject_duplicates();
        set
    }

    /// Only the policies of the given folders (no built-ins), with the built-in libraries.
    pub fn load_dir_only(dir: &Path) -> PolicySet {
        let mut set = PolicySet::default();
        for (relative, rego, _) in EMBEDDED_POLICIES
            .iter()
            .filter(|(r, _, _)| r.starts_with("lib/"))
        {
            set.add(format!("policies/{relative}"), rego.to_string(), true, true);
        }
        set.load_dir(dir);
        set.reject_duplicates();
        set
    }

    /// Built-ins read from a folder: named `policies/<relative path>` as if embedded.
    fn load_builtin_dir(&mut self, dir: &Path) {
        self.load_folder(dir, true);
    }

    /// A user's policy folder: files keep their own paths.
    fn load_dir(&mut self, dir: &Path) {
        self.load_folder(dir, false);
    }

    fn load_folder(&mut self, dir: &Path, builtin: bool) {
        let mut files = Vec::new();
        if let Err(message) = rego_files(dir, &mut files) {
            self.errors.push(PolicyLoadError {
                file: dir.display().to_string(),
                message,
            });
        }
        files.sort();
        for file in files {
            let relative = file
                .strip_prefix(dir)
                .map(|r| r.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            let is_library = relative.starts_with("lib/");
            let name = if builtin {
                format!("policies/{relative}")
            } else {
                file.display().to_string()
            };
            match std::fs::read_to_string(&file) {
                Ok(rego) => self.add(name, rego, builtin, is_library),
                Err(e) => self.errors.push(PolicyLoadError {
                    file: name,
                    message: format!("cannot read: {e}"),
                }),
            }
        }
    }

    /// Adds a module: files under a `lib/` folder are helper libraries (a
    /// folder's own library replaces the built-in one of the same package);
    /// every other file is a policy and must carry METADATA.
    fn add(&mut self, source_path: String, rego: String, builtin: bool, is_library: bool) {
        self.add_parsed(source_path, rego, builtin, is_library, None);
    }

    /// Like `add`, with the policy's METADATA already parsed (`None`: parse it now).
    fn add_parsed(
        &mut self,
        source_path: String,
        rego: String,
        builtin: bool,
        is_library: bool,
        metadata: Option<Result<Metadata, String>>,
    ) {
        let Some(package) = package_of(&rego) else {
            self.errors.push(PolicyLoadError {
                file: source_path,
                message: "no `package` declaration".into(),
            });
            return;
        };
        if is_library {
            if let Some(existing) = self
                .libraries
                .iter_mut()
                .find(|l| package_of(&l.rego).as_deref() == Some(&package))
            {
                existing.rego = rego;
                existing.source_path = source_path;
            } else {
                self.libraries.push(Library { source_path, rego });
            }
            return;
        }
        match metadata.unwrap_or_else(|| parse_metadata(&rego, builtin)) {
            Ok(metadata) => self.policies.push(Policy {
                metadata,
                package,
                source_path,
                rego,
                builtin,
            }),
            Err(message) => self.errors.push(PolicyLoadError {
                file: source_path,
                message,
            }),
        }
    }

    fn reject_duplicates(&mut self) {
        let mut seen = std::collections::BTreeMap::new();
        let mut kept = Vec::new();
        for policy in std::mem::take(&mut self.policies) {
            if let Some(first) = seen.get(policy.id()) {
                self.errors.push(PolicyLoadError {
                    file: policy.source_path.clone(),
                    message: format!("policy id {} is already used by {first}", policy.id()),
                });
                continue;
            }
            seen.insert(policy.id().to_string(), policy.source_path.clone());
            kept.push(policy);
        }
        kept.sort_by(|a, b| a.id().cmp(b.id()));
        self.policies = kept;
    }

    /// Keeps the policies selected by `--policy` selectors and `--area` areas (empty means all).
    pub fn retain_selected(&mut self, selectors: &[String], areas: &[Area]) {
        self.policies.retain(|p| {
            (selectors.is_empty() || selectors.iter().any(|s| p.selected_by(s)))
                && (areas.is_empty() || p.metadata.custom.areas.iter().any(|a| areas.contains(a)))
        });
    }

    /// Overrides the severity of the named policies; returns the ids that name no policy.
    pub fn override_severities(
        &mut self,
        overrides: &std::collections::BTreeMap<String, Severity>,
    ) -> Vec<String> {
        let mut unknown = Vec::new();
        for (id, severity) in overrides {
            match self
                .policies
                .iter_mut()
                .find(|p| p.id().eq_ignore_ascii_case(id))
            {
                Some(policy) => policy.metadata.custom.severity = *severity,
                None => unknown.push(id.clone()),
            }
        }
        unknown
    }

    pub fn find(&self, id: &str) -> Option<&Policy> {
        self.policies
            .iter()
            .find(|p| p.id().eq_ignore_ascii_case(id))
    }
}

/// Every `.rego` file under `dir` except unit tests, which only `srm-lint test` reads.
fn rego_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read policy folder: {e}"))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            rego_files(&path, out)?;
        } else if file_type.is_file()
            && path.extension().is_some_and(|e| e == "rego")
            && !path.to_string_lossy().ends_with("_test.rego")
        {
            out.push(path);
        }
    }
    Ok(())
}

/// A built-in policy's METADATA from the JSON the build embedded, or from its text.
fn embedded_metadata(rego: &str, json: Option<&str>) -> Result<Metadata, String> {
    match json.and_then(|json| serde_json::from_str(json).ok()) {
        Some(value) => metadata_from_value(value, true),
        None => parse_metadata(rego, true),
    }
}

#[cfg(test)]
mod embedded_tests {
    use super::*;

    /// The METADATA embedded at build time is what reading the comment block gives.
    #[test]
    fn embedded_metadata_matches_the_policy_text() {
        let mut compared = 0;
        for (relative, rego, json) in EMBEDDED_POLICIES {
            if relative.starts_with("lib/") {
                assert!(json.is_none(), "{relative}");
                continue;
            }
            let json = json.unwrap_or_else(|| panic!("{relative}: no embedded METADATA"));
            let embedded: serde_json::Value = serde_json::from_str(json).expect("embedded JSON");
            let read = metadata_text::metadata_value(rego).expect("METADATA reads");
            assert_eq!(embedded, read, "{relative}");
            compared += 1;
        }
        assert!(compared > 200, "only {compared} policies compared");
    }
}
