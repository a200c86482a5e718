//! The lint pipeline as one library call: configuration, policies, scan, suppressions and baseline, giving a finished [`Report`].
//!
//! Everything the run depends on comes in through [`LintOptions`]: the
//! current directory, the `TF_VAR_*` environment, standard input's text and
//! the engine choice are passed in, never read here, so the command line,
//! the tests and the benches run exactly the same pipeline.

mod fix;
mod responsibility;
mod scan;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use crate::input::read::MAX_FILE_BYTES;
pub use fix::{FixOptions, FixOutcome, unified_diff};
pub use scan::ScanOptions;

use crate::config::{self, LoadedConfig, PathFilter};
use crate::engine::{Engine, Runner};
use crate::input::terraform::{self, VariableInputs};
use crate::model::{Area, Limits, Report, Severity, ToolError};
use crate::policy::service_models::service_models;
use crate::policy::{Policy, PolicySet};
use crate::suppress::{self, baseline};

/// Where the configuration comes from.
#[derive(Debug, Clone, Default)]
pub enum ConfigSource {
    /// The first `srm-lint.toml` upward from the first path (`--config` not given).
    #[default]
    Discover,
    /// This file (`--config FILE`).
    File(PathBuf),
    /// No configuration at all (`--no-config`).
    Ignore,
}

/// Everything a lint run needs, as validated values.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Files and folders to lint (`.` when empty); `-` is standard input.
    pub paths: Vec<PathBuf>,
    /// The current directory: paths in reports are shown relative to it.
    pub cwd: Option<PathBuf>,
    pub config: ConfigSource,
    /// Read the built-in policies from this folder instead of the embedded copies
    /// (`SRM_LINT_BUILTIN_DIR`, for policy authors).
    pub builtin_dir: Option<PathBuf>,
    /// User policy folders (`--policy-dir`), besides the configuration's.
    pub policy_dirs: Vec<PathBuf>,
    /// Only these policy ids (`--policy`).
    pub policies: Vec<String>,
    /// Only policies of these areas (`--area`).
    pub areas: Vec<Area>,
    /// Only policies mapped to one of these frameworks (`--framework`), each
    /// with its table of controls in `summary.responsibility.frameworks`.
    pub frameworks: Vec<String>,
    /// Gitignore-style globs to leave out (`--exclude`).
    pub excludes: Vec<String>,
    /// Report only findings that are not in this baseline file.
    pub baseline: Option<PathBuf>,
    pub report_unused_ignores: bool,
    /// `TF_VAR_*` values, by variable name.
    pub tf_var_environment: Vec<(String, String)>,
    /// `--var-file` files, in order.
    pub var_files: Vec<PathBuf>,
    /// `--var NAME=VALUE` assignments, in order.
    pub vars: Vec<String>,
    pub strict: bool,
    pub runner: Runner,
    /// Budgets for time and evaluation (`--limit`).
    pub limits: Limits,
    /// Folders outside the current directory and the scanned paths that module
    /// sources may lead into (`--allow-outside`).
    pub allow_outside: Vec<PathBuf>,
}

/// Why a run could not start: exit code 2 before anything was linted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// The configuration file cannot be read or is invalid (every problem, each at its line),
    /// including `select`, `ignore` and `[severity]` entries that name no policy.
    Config(Vec<ToolError>),
    /// `--policy` names no policy.
    UnknownPolicy(String),
    /// `--framework` names a framework no policy maps (with the known ones).
    UnknownFramework(String, Vec<String>),
    /// A `--var-file` or `--var` cannot be read.
    Variables(ToolError),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // One problem a line.
            RunError::Config(errors) => {
                let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                f.write_str(&lines.join("\n"))
            }
            RunError::Variables(error) => error.fmt(f),
            RunError::UnknownFramework(id, known) => write!(
                f,
                "unknown framework `{id}`: no policy maps a control of it (known: {})",
                known.join(", ")
            ),
            RunError::UnknownPolicy(id) => write!(
                f,
                "unknown policy id `{id}` (see `srm-lint policies`; `--policy` takes an id, an id prefix ending in `*` or an area)"
            ),
        }
    }
}

impl std::error::Error for RunError {}

/// A run ready to lint: configuration read, policies selected and compiled.
pub struct Linter {
    pub config: LoadedConfig,
    /// The configuration file as reports name it (`srm-lint.toml` when there is none).
    pub config_name: String,
    engine: Engine,
    /// Policies that failed to load or compile: reported as errors of the run.
    load_errors: Vec<ToolError>,
    scan: ScanOptions,
    baseline: Option<PathBuf>,
    frameworks: Vec<String>,
}

impl Linter {
    /// Reads the configuration, loads and selects the policies, and compiles them.
    pub fn new(options: &LintOptions) -> Result<Linter, RunError> {
        let mut paths = options.paths.clone();
        if paths.is_empty() {
            paths.push(PathBuf::from("."));
        }
        let cwd = options.cwd.as_deref();
        let loaded = match &options.config {
            ConfigSource::Ignore => LoadedConfig {
                root: PathBuf::from("."),
                ..LoadedConfig::default()
            },
            ConfigSource::File(file) => {
                config::load(Some(file), &paths[0], cwd).map_err(RunError::Config)?
            }
            ConfigSource::Discover => {
                config::load(None, &paths[0], cwd).map_err(RunError::Config)?
            }
        };
        let settings = &loaded.config;
        let config_name = loaded.name();

        let mut policy_dirs = options.policy_dirs.clone();
        policy_dirs.extend(settings.policy_dirs.iter().map(|d| loaded.root.join(d)));
        let mut set = PolicySet::load(options.builtin_dir.as_deref(), &policy_dirs);
        let mut load_errors: Vec<ToolError> =
            set.errors.iter().map(|e| e.to_tool_error()).collect();
        let names_a_policy = |selector: &str| set.policies.iter().any(|p| p.selected_by(selector));
        if let Some(id) = options.policies.iter().find(|id| !names_a_policy(id)) {
            return Err(RunError::UnknownPolicy(id.clone()));
        }
        let known_frameworks: std::collections::BTreeSet<&String> = set
            .policies
            .iter()
            .flat_map(|p| p.metadata.custom.frameworks.keys())
            .collect();
        if let Some(id) = options
            .frameworks
            .iter()
            .find(|id| !known_frameworks.contains(id))
        {
            return Err(RunError::UnknownFramework(
                id.clone(),
                known_frameworks.iter().map(|f| f.to_string()).collect(),
            ));
        }
        // A typo in `select` would silently run nothing, one in `ignore` would
        // silently run everything: both are errors at their line.
        let mut config_errors: Vec<ToolError> = Vec::new();
        for (key, entries) in [("select", &settings.select), ("ignore", &settings.ignore)] {
            for entry in entries.iter().filter(|e| !names_a_policy(e)) {
                config_errors.push(loaded.error_at(
                    entry,
                    format!(
                        "{key}: `{entry}` names no policy (an id, an id prefix ending in `*`, or an area)"
                    ),
                ));
            }
        }
        for id in set.override_severities(&settings.severity) {
            config_errors
                .push(loaded.error_at(&id, format!("[severity]: `{id}` is not a policy id")));
        }
        if !config_errors.is_empty() {
            return Err(RunError::Config(config_errors));
        }
        set.policies.retain(|p| {
            (settings.select.is_empty() || settings.select.iter().any(|e| p.selected_by(e)))
                && !settings.ignore.iter().any(|e| p.selected_by(e))
        });
        set.retain_selected(&options.policies, &options.areas);
        if !options.frameworks.is_empty() {
            set.policies.retain(|p| {
                options
                    .frameworks
                    .iter()
                    .any(|f| p.metadata.custom.frameworks.contains_key(f))
            });
        }
        let data = settings
            .classification_keys
            .as_ref()
            .map(|keys| serde_json::json!({"srm": {"config": {"classification_keys": keys}}}));
        let (engine, compile_errors) = Engine::with_data(&set, data);
        let engine = engine
            .with_runner(options.runner)
            .with_time_limit(options.limits.policy_time);
        load_errors.extend(compile_errors.iter().map(|e| e.to_tool_error()));

        let mut suppressions = settings.suppressions.clone();
        suppressions.report_unused |= options.report_unused_ignores;
        let variables = variable_inputs(options).map_err(RunError::Variables)?;
        let filter = |globs: &Vec<String>| (!globs.is_empty()).then(|| PathFilter::new(globs));
        let scan = ScanOptions {
            paths,
            cwd: options.cwd.clone(),
            excludes: options.excludes.clone(),
            include: filter(&settings.include),
            exclude: filter(&settings.exclude),
            filter_root: loaded.root.clone(),
            suppressions,
            variables,
            strict: options.strict,
            limits: options.limits,
            allow_outside: options.allow_outside.clone(),
            overlay: Default::default(),
        };
        Ok(Linter {
            config: loaded,
            config_name,
            engine,
            load_errors,
            scan,
            baseline: options.baseline.clone(),
            frameworks: options.frameworks.clone(),
        })
    }

    /// The policies that run (rule metadata for SARIF, links in the human output).
    pub fn policies(&self) -> &[Policy] {
        self.engine.policies()
    }

    /// The severity that fails the run: `explicit` (`--fail-on`), else the configuration's, else low.
    pub fn fail_on(&self, explicit: Option<Severity>) -> Severity {
        explicit
            .or(self.config.config.fail_on)
            .unwrap_or(Severity::Low)
    }

    /// Lints; `stdin` is standard input's text when a path is `-`.
    pub fn lint(&self, stdin: Option<String>) -> Report {
        self.lint_scan(&self.scan, stdin)
    }

    /// Lints with these texts in place of the files' (absolute, normalised paths).
    pub fn lint_overlay(&self, overlay: &BTreeMap<PathBuf, Arc<str>>) -> Report {
        let scan = ScanOptions {
            overlay: Arc::new(overlay.clone()),
            ..self.scan.clone()
        };
        self.lint_scan(&scan, None)
    }

    /// Lints `paths` (instead of the configured ones) with these texts in place
    /// of the files': an editor's open buffers.
    pub fn lint_paths(&self, paths: &[PathBuf], overlay: &BTreeMap<PathBuf, Arc<str>>) -> Report {
        let scan = ScanOptions {
            paths: paths.to_vec(),
            overlay: Arc::new(overlay.clone()),
            ..self.scan.clone()
        };
        self.lint_scan(&scan, None)
    }

    fn lint_scan(&self, scan: &ScanOptions, stdin: Option<String>) -> Report {
        let mut report = scan::scan(scan, &self.engine, stdin);
        suppress::apply_config_rules(
            &mut report.findings,
            &self.scan.suppressions,
            &self.config.root,
            &self.config_name,
            self.scan.cwd.as_deref(),
            &mut report.warnings,
        );
        if let Some(baseline) = &self.baseline {
            match baseline::read(baseline) {
                Ok(fingerprints) => suppress::apply_baseline(
                    &mut report.findings,
                    &fingerprints,
                    &baseline.display().to_string(),
                ),
                Err(error) => report.errors.push(error),
            }
        }
        report.errors.extend(self.load_errors.iter().cloned());
        report.finish();
        report.summary.responsibility =
            responsibility::summarize(&report, self.policies(), service_models(), &self.frameworks);
        report
    }
}

/// Lints with `options` in one call (what the tests and benches use).
pub fn lint(options: &LintOptions, stdin: Option<String>) -> Result<(Report, Linter), RunError> {
    let linter = Linter::new(options)?;
    Ok((linter.lint(stdin), linter))
}

/// Terraform variable values from the environment (`TF_VAR_*`), `--var-file` and `--var`.
fn variable_inputs(options: &LintOptions) -> Result<VariableInputs, ToolError> {
    let mut inputs = VariableInputs {
        environment: options.tf_var_environment.clone(),
        ..VariableInputs::default()
    };
    for file in &options.var_files {
        inputs.files.push(terraform::read_var_file(file)?);
    }
    for assignment in &options.vars {
        let Some((name, value)) = assignment.split_once('=') else {
            return Err(ToolError {
                file: "--var".into(),
                line: None,
                column: None,
                message: format!("`{assignment}` is not NAME=VALUE"),
            });
        };
        inputs
            .values
            .push((name.trim().to_string(), terraform::parse_input_value(value)));
    }
    Ok(inputs)
}

/// Whether `path` is standard input (`-`).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}
