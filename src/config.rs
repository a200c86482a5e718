//! `srm-lint.toml`: project configuration, found upward from the scanned path, validated with spans.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use crate::model::{Area, LineIndex, Severity, ToolError, parse_date};

/// File names searched for, in each folder from the scanned path upward.
pub const CONFIG_NAMES: [&str; 2] = ["srm-lint.toml", ".srm-lint.toml"];

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Only files matching these globs are linted (relative to the config's folder).
    #[serde(default)]
    pub include: Vec<String>,
    /// Files matching these globs are left out.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Policy ids (`SRM-AWS-S3-001`, `SRM-AWS-*`) or areas to run; empty: all.
    #[serde(default)]
    pub select: Vec<String>,
    /// Policy ids or areas not to run.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Per-policy severity overrides.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    pub fail_on: Option<Severity>,
    /// Folders of extra policies (relative to the config's folder).
    #[serde(default)]
    pub policy_dirs: Vec<PathBuf>,
    /// Output formats, as on the command line (`human`, `sarif=report.sarif`).
    #[serde(default)]
    pub format: Vec<String>,
    /// Tag or label keys that carry a data classification.
    pub classification_keys: Option<Vec<String>>,
    #[serde(default)]
    pub suppressions: SuppressionSettings,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SuppressionSettings {
    /// An inline suppression without `reason="..."` does not silence anything.
    #[serde(default = "yes")]
    pub require_reason: bool,
    /// Inline suppressions may not silence findings of these areas...
    #[serde(default)]
    pub forbid_inline_areas: Vec<Area>,
    /// ...nor findings of these severities.
    #[serde(default)]
    pub forbid_inline_severities: Vec<Severity>,
    /// Report suppressions that silenced nothing.
    #[serde(default)]
    pub report_unused: bool,
    /// Suppressions kept in the configuration instead of the code.
    #[serde(default)]
    pub rules: Vec<SuppressionRule>,
}

fn yes() -> bool {
    true
}

impl Default for SuppressionSettings {
    fn default() -> Self {
        SuppressionSettings {
            require_reason: true,
            forbid_inline_areas: Vec::new(),
            forbid_inline_severities: Vec::new(),
            report_unused: false,
            rules: Vec::new(),
        }
    }
}

/// `[[suppressions.rules]]`: silences the listed policies on matching files and resources.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SuppressionRule {
    pub policies: Vec<String>,
    /// Globs of files (relative to the config's folder); empty: every file.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Resource addresses; empty: every resource.
    #[serde(default)]
    pub resources: Vec<String>,
    pub reason: String,
    /// `YYYY-MM-DD`: the rule stops silencing after this day.
    pub expires: Option<String>,
}

/// A configuration and where it came from.
#[derive(Debug, Clone, Default)]
pub struct LoadedConfig {
    pub config: Config,
    /// The config file, when one was found.
    pub path: Option<PathBuf>,
    /// Paths in the config are relative to this folder.
    pub root: PathBuf,
    /// The file's text, to point errors found later (unknown policy ids) at their line.
    pub text: String,
}

impl LoadedConfig {
    /// The configuration as reports name it (`srm-lint.toml` when there is none).
    pub fn name(&self) -> String {
        self.path
            .as_ref()
            .map_or_else(|| "srm-lint.toml".to_string(), |p| p.display().to_string())
    }

    /// An error at the place where `value` is written (quoted, as TOML writes
    /// strings and keys), or at the file when it cannot be found.
    pub fn error_at(&self, value: &str, message: String) -> ToolError {
        let offset = find(&self.text, &format!("\"{value}\"")).or_else(|| find(&self.text, value));
        error_in(&self.name(), &self.text, offset, message)
    }
}

/// An error in the configuration text at a byte offset.
fn error_in(file: &str, text: &str, offset: Option<usize>, message: String) -> ToolError {
    let position = offset.map(|offset| LineIndex::new(text).line_column(text, offset));
    ToolError {
        file: file.to_string(),
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        message,
    }
}

/// Finds the configuration for a run: `explicit` if given, else the first
/// `srm-lint.toml` in the scanned path's folder or one of its parents.
pub fn load(
    explicit: Option<&Path>,
    scanned: &Path,
    cwd: Option<&Path>,
) -> Result<LoadedConfig, Vec<ToolError>> {
    let path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => find_upward(scanned, cwd),
    };
    let Some(path) = path else {
        return Ok(LoadedConfig {
            root: PathBuf::from("."),
            ..LoadedConfig::default()
        });
    };
    let display = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| {
        vec![ToolError {
            file: display.clone(),
            line: None,
            column: None,
            message: format!("cannot read the configuration: {e}"),
        }]
    })?;
    let config = parse(&text).map_err(|problems| {
        problems
            .into_iter()
            .map(|(message, offset)| {
                error_in(
                    &display,
                    &text,
                    offset,
                    format!("invalid configuration: {message}"),
                )
            })
            .collect::<Vec<_>>()
    })?;
    let root = path
        .parent()
        .map(Path::to_path_buf)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("."));
    Ok(LoadedConfig {
        config,
        path: Some(path),
        root,
        text,
    })
}

/// A problem in the configuration text: a message and the byte offset of the culprit.
pub type ConfigProblem = (String, Option<usize>);

/// Parses and validates a configuration text; every problem found is reported, not only the first.
pub fn parse(text: &str) -> Result<Config, Vec<ConfigProblem>> {
    let config: Config = toml::from_str(text)
        .map_err(|e| vec![(e.message().trim().to_string(), e.span().map(|s| s.start))])?;
    let mut problems = Vec::new();
    for glob in config.include.iter().chain(&config.exclude) {
        if let Err(e) = Glob::new(&normalise_glob(glob)) {
            problems.push((format!("bad glob `{glob}`: {e}"), find(text, glob)));
        }
    }
    for rule in &config.suppressions.rules {
        if rule.reason.trim().is_empty() {
            problems.push((
                "a suppression rule needs a reason".into(),
                find(text, "reason"),
            ));
        }
        if let Some(expires) = &rule.expires
            && parse_date(expires).is_none()
        {
            problems.push((
                format!("`{expires}` is not a date (YYYY-MM-DD)"),
                find(text, expires),
            ));
        }
    }
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

fn find(text: &str, needle: &str) -> Option<usize> {
    text.find(needle)
}

fn find_upward(scanned: &Path, cwd: Option<&Path>) -> Option<PathBuf> {
    let start = if scanned.as_os_str() == "-" {
        Path::new(".")
    } else {
        scanned
    };
    let absolute = std::path::absolute(start).ok()?;
    let mut dir = if absolute.is_file() {
        absolute.parent()?.to_path_buf()
    } else {
        absolute
    };
    loop {
        for name in CONFIG_NAMES {
            let candidate = dir.join(name);
            if candidate.is_file() {
                // Report the path relative to the current directory when it is below it.
                let shown = cwd
                    .and_then(|cwd| candidate.strip_prefix(cwd).ok())
                    .map(Path::to_path_buf)
                    .unwrap_or(candidate);
                return Some(shown);
            }
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// Gitignore-like globs: a pattern without `/` matches at any depth, `dir/` means everything below.
pub fn normalise_glob(glob: &str) -> String {
    let trimmed = glob.trim_start_matches("./");
    let mut pattern = if trimmed.contains('/') && !trimmed.starts_with("**/") {
        trimmed.trim_start_matches('/').to_string()
    } else if trimmed.starts_with("**/") {
        trimmed.to_string()
    } else {
        format!("**/{trimmed}")
    };
    if pattern.ends_with('/') {
        pattern.push_str("**");
    }
    pattern
}

/// A set of gitignore-like globs that also matches everything below a matching folder.
#[derive(Debug, Clone)]
pub struct PathFilter {
    set: GlobSet,
    empty: bool,
}

impl PathFilter {
    pub fn new(globs: &[String]) -> PathFilter {
        let mut builder = GlobSetBuilder::new();
        for glob in globs {
            if let Ok(glob) = Glob::new(&normalise_glob(glob)) {
                builder.add(glob);
            }
        }
        PathFilter {
            set: builder.build().unwrap_or_else(|_| GlobSet::empty()),
            empty: globs.is_empty(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.empty
    }

    /// True when `relative` or one of its parent folders matches.
    pub fn matches(&self, relative: &str) -> bool {
        let mut path = relative;
        loop {
            if self.set.is_match(path) {
                return true;
            }
            match path.rsplit_once('/') {
                Some((parent, _)) => path = parent,
                None => return false,
            }
        }
    }
}

/// The starter file `srm-lint init` writes.
pub const STARTER: &str = r#"# srm-lint configuration. Paths and globs are relative to this file's folder.
# Every key is optional; unknown keys are an error.

# Only lint files matching these globs (gitignore-like: `dir/` is everything below dir).
# include = ["infra/", "k8s/"]

# Leave these out.
# exclude = ["examples/", "**/testdata/**"]

# Policies to run: ids (a trailing * matches a prefix) or areas. Empty: all.
# select = ["SRM-AWS-*", "iam"]

# Policies not to run.
# ignore = ["SRM-K8S-POD-009"]

# Exit with 1 only for findings at or above this severity (critical, high, medium, low, info).
# fail-on = "medium"

# Folders of your own policies.
# policy-dirs = ["policies"]

# Output formats, as with --format: one for standard output, others to files.
# format = ["human", "sarif=srm-lint.sarif"]

# Tag or label keys that carry a data classification (public, internal, confidential, restricted).
# classification-keys = ["data-classification", "DataClassification"]

# Severity overrides.
# [severity]
# SRM-AWS-S3-005 = "low"

[suppressions]
# An inline `# srm-lint:ignore ID reason="..."` needs a reason to count.
require-reason = true
# Inline suppressions may not silence these (security teams ask for this).
# forbid-inline-areas = ["iam"]
# forbid-inline-severities = ["critical"]
# Report suppressions that silence nothing.
report-unused = false

# Suppressions kept here instead of in the code.
# [[suppressions.rules]]
# policies = ["SRM-AWS-S3-002"]
# paths = ["public-site/"]
# resources = ["aws_s3_bucket.site"]
# reason = "public website bucket"
# expires = "2027-03-31"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_file_is_valid() {
        let config = parse(STARTER).expect("starter parses");
        assert!(config.suppressions.require_reason);
    }

    #[test]
    fn unknown_keys_and_bad_values_name_their_position() {
        let first = |text: &str| parse(text).expect_err("invalid").swap_remove(0);
        let (message, offset) = first("fail-on = \"low\"\nfail_onn = 1\n");
        assert!(message.contains("fail_onn"), "{message}");
        assert_eq!(offset, Some(16));
        let (message, _) = first("fail-on = \"severe\"\n");
        assert!(
            message.contains("severe") || message.contains("variant"),
            "{message}"
        );
        let (message, _) = first(
            "[[suppressions.rules]]\npolicies = [\"X\"]\nreason = \"r\"\nexpires = \"soon\"\n",
        );
        assert!(message.contains("soon"), "{message}");
    }

    #[test]
    fn every_bad_value_is_reported_not_only_the_first() {
        let problems = parse(
            "exclude = [\"a[\"]\n[[suppressions.rules]]\npolicies = [\"X\"]\nreason = \" \"\nexpires = \"soon\"\n",
        )
        .expect_err("invalid");
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].0.contains("glob"));
        assert!(problems[1].0.contains("reason"));
        assert!(problems[2].0.contains("soon"));
    }

    #[test]
    fn globs_behave_like_gitignore() {
        let filter = PathFilter::new(&["vendor".into(), "infra/legacy/".into(), "*.tfvars".into()]);
        assert!(filter.matches("vendor/x/main.tf"));
        assert!(filter.matches("a/vendor/main.tf"));
        assert!(filter.matches("infra/legacy/old/main.tf"));
        assert!(filter.matches("env/prod.tfvars"));
        assert!(!filter.matches("infra/app/main.tf"));
    }
}
