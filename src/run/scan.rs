//! The scan: discover files, group them into units (a root module, a manifest, a plan), build and evaluate their documents in parallel, collect one unsorted report.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::config::{PathFilter, SuppressionSettings};
use crate::engine::Engine;
use crate::input::discover::{self, Candidate};
use crate::input::documents::{self, Intake, PlanInput};
use crate::input::read::{ReadProblem, STDIN_NAME, read_source};
use crate::input::terraform::VariableInputs;
use crate::input::terraform::modules::Loader;
use crate::input::terraform::reader::{Reader, module_dir};
use crate::model::{Check, Finding, Limits, Report, SourceFile, ToolError, normalize};
use crate::secrets;
use crate::suppress;

/// What the scan needs, already validated: paths, filters, suppression settings, variables.
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// Files and folders to lint; `-` reads Kubernetes manifests from standard input.
    pub paths: Vec<PathBuf>,
    /// The current directory: paths in reports are shown relative to it.
    pub cwd: Option<PathBuf>,
    /// Gitignore-style globs to leave out (`--exclude`).
    pub excludes: Vec<String>,
    /// The configuration's `include` and `exclude`, matched relative to `filter_root`.
    pub include: Option<PathFilter>,
    pub exclude: Option<PathFilter>,
    pub filter_root: PathBuf,
    /// How inline suppressions and annotations are honoured.
    pub suppressions: SuppressionSettings,
    /// Terraform variable values from `TF_VAR_*`, `--var-file` and `--var`.
    pub variables: VariableInputs,
    /// List every resource attribute whose value stayed unknown, as warnings (`--strict`).
    pub strict: bool,
    /// Budgets; the scan itself keeps the whole-run deadline.
    pub limits: Limits,
    /// Folders outside the scanned trees that module sources may lead into (`--allow-outside`).
    pub allow_outside: Vec<PathBuf>,
    /// Texts to lint instead of files' (by absolute, normalised path).
    pub overlay: std::sync::Arc<BTreeMap<PathBuf, std::sync::Arc<str>>>,
}

/// What one unit of work (a module directory or a manifest file) produced.
#[derive(Default)]
struct Outcome {
    intake: Intake,
    findings: Vec<Finding>,
    documents: usize,
    checks: Vec<Check>,
    /// Resources by input type in this unit's document.
    resource_types: BTreeMap<String, usize>,
}

enum Unit {
    /// A Terraform root module: its directory (absolute, normalised) and its key.
    Module {
        module: String,
        dir: PathBuf,
    },
    Manifest(Candidate),
    Stdin(String),
    Plan(PlanInput),
}

/// Lints everything under `options.paths` with `engine`; `stdin` is the text
/// of standard input when `-` was given. The report is not finished (sorted, counted) yet.
pub fn scan(options: &ScanOptions, engine: &Engine, stdin: Option<String>) -> Report {
    let deadline = std::time::Instant::now() + options.limits.deadline;
    let cwd = options.cwd.as_deref();
    let roots: Vec<PathBuf> = options
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let mut discovery = discover::discover(&roots, &options.excludes, cwd);
    discovery.candidates.retain(|c| options.keeps(&c.path));
    if !options.overlay.is_empty() {
        for candidate in &mut discovery.candidates {
            let path = std::path::absolute(&candidate.path)
                .map(|p| normalize(&p))
                .unwrap_or_else(|_| normalize(&candidate.path));
            candidate.text = options.overlay.get(&path).cloned();
        }
    }
    let (plans, plan_intake) = documents::read_plans(&mut discovery.candidates);
    // The configuration folder of a plan named on the command line is linted
    // through the plan only: its planned values are the more precise. A plan
    // met while walking a folder may be stale or of another configuration, so
    // the `.tf` files beside it are linted too (identical findings are reported once).
    let named_files: BTreeSet<PathBuf> = options
        .paths
        .iter()
        .filter(|p| p.is_file())
        .map(|p| normalize(p))
        .collect();
    let plan_configs: BTreeSet<PathBuf> = plans
        .iter()
        .filter(|plan| named_files.contains(&normalize(Path::new(&plan.file.path))))
        .filter_map(|plan| plan.config.clone())
        .collect();
    // Files named on the command line (as pre-commit does) are linted with the
    // rest of their module, so references resolve, but only their own findings are reported.
    let context_only: BTreeSet<String> = discovery
        .candidates
        .iter()
        .filter(|c| c.context_only)
        .map(|c| c.display.clone())
        .collect();
    let (mut units, module_dirs) = group_units(&discovery.candidates);
    units.extend(plans.into_iter().map(Unit::Plan));
    if let Some(text) = stdin {
        units.push(Unit::Stdin(text));
    }

    // Every module directory is read up front, in parallel, so the module calls
    // are known before choosing the roots; each is parsed once, when first evaluated.
    let reader = Reader::new(&discovery.candidates, cwd, options.limits);
    module_dirs
        .par_iter()
        .for_each(|dir| reader.read_ahead(dir));
    let loader = Loader::new(&reader, allowed_roots(options));
    let roots = loader.roots(&module_dirs, &named_dirs(&options.paths));
    units.retain(|unit| match unit {
        Unit::Module { dir, .. } => roots.contains(dir) && !plan_configs.contains(dir),
        _ => true,
    });

    // One engine per worker thread, kept for the whole scan: an engine builds its
    // virtual machines lazily, and `map_init` would start a fresh clone for
    // every split of the work (19 clones for 41 units on 2 cores).
    let workers: Vec<Mutex<Engine>> = (0..rayon::current_num_threads().max(1))
        .map(|_| Mutex::new(engine.clone()))
        .collect();
    let outcomes: Vec<Outcome> = units
        .into_par_iter()
        .map(|unit| {
            let slot = rayon::current_thread_index().unwrap_or(0) % workers.len();
            // Only this thread uses its slot; a poisoned lock (a panic elsewhere) still holds a usable engine.
            let mut engine = workers[slot].lock().unwrap_or_else(|e| e.into_inner());
            if std::time::Instant::now() > deadline {
                return past_deadline(&unit, options);
            }
            process(&mut engine, unit, options, &loader)
        })
        .collect();

    let mut report = Report {
        errors: discovery.errors,
        ..Report::default()
    };
    report.summary.skipped = discovery.skipped;
    let mut intake = plan_intake;
    for mut outcome in outcomes {
        outcome.findings.retain(|f| !context_only.contains(&f.file));
        report.findings.extend(outcome.findings);
        report.summary.documents += outcome.documents;
        report.checks.extend(outcome.checks);
        for (resource_type, count) in outcome.resource_types {
            *report.resource_types.entry(resource_type).or_default() += count;
        }
        intake.absorb(outcome.intake);
    }
    // A folder only called by a module that was not instantiated (count = 0, a cycle)
    // is still parsed: every file is linted or reported, and counted.
    let pending: Vec<PathBuf> = reader.pending();
    pending.par_iter().for_each(|dir| {
        loader.dir(dir);
    });
    // Terraform files are read once whichever modules use them: their problems are counted here.
    drop(loader);
    intake.absorb(reader.into_intake());
    report.warnings.extend(intake.warnings);
    report.errors.extend(intake.errors);
    report.summary.skipped.extend(intake.skipped);
    report.summary.files_scanned += intake.files_scanned;
    report.summary.module_instances += intake.module_instances;
    report
}

impl ScanOptions {
    /// Whether the configuration's include/exclude globs keep this file.
    fn keeps(&self, path: &Path) -> bool {
        if self.include.is_none() && self.exclude.is_none() {
            return true;
        }
        let relative = match (
            std::path::absolute(path),
            std::path::absolute(&self.filter_root),
        ) {
            (Ok(path), Ok(root)) => path
                .strip_prefix(&root)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| path.to_string_lossy().to_string()),
            _ => path.to_string_lossy().to_string(),
        };
        self.include
            .as_ref()
            .is_none_or(|f| f.is_empty() || f.matches(&relative))
            && self.exclude.as_ref().is_none_or(|f| !f.matches(&relative))
    }
}

/// The folders module sources may lead into: the current directory, every
/// scanned path (a file's folder) and the git work tree holding it, the
/// configuration's folder and `--allow-outside`, with links resolved.
fn allowed_roots(options: &ScanOptions) -> Vec<PathBuf> {
    let scanned: Vec<PathBuf> = options
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| if p.is_dir() { p.clone() } else { module_dir(p) })
        .map(|p| std::fs::canonicalize(&p).unwrap_or_else(|_| normalize(&p)))
        .collect();
    // `srm-lint envs/prod` calling `../../modules/vpc` stays inside its repository.
    let work_trees: Vec<PathBuf> = scanned
        .iter()
        .filter_map(|dir| dir.ancestors().find(|a| a.join(".git").exists()))
        .map(Path::to_path_buf)
        .collect();
    options
        .cwd
        .iter()
        .cloned()
        .chain(std::iter::once(options.filter_root.clone()))
        .chain(options.allow_outside.iter().cloned())
        .map(|p| std::fs::canonicalize(&p).unwrap_or_else(|_| normalize(&p)))
        .chain(scanned)
        .chain(work_trees)
        .collect()
}

/// Terraform files are grouped by directory (one module = one document, so
/// references across its files resolve); each manifest file is its own unit.
/// Also gives the module directories, absolute and normalised, sorted.
fn group_units(candidates: &[Candidate]) -> (Vec<Unit>, Vec<PathBuf>) {
    let mut modules: BTreeMap<PathBuf, String> = BTreeMap::new();
    let mut units = Vec::new();
    for candidate in candidates {
        if candidate.kind.is_terraform() {
            modules
                .entry(module_dir(&candidate.path))
                .or_insert_with(|| candidate.module.clone());
        } else {
            units.push(Unit::Manifest(candidate.clone()));
        }
    }
    let dirs = modules.keys().cloned().collect();
    units.extend(
        modules
            .into_iter()
            .map(|(dir, module)| Unit::Module { module, dir }),
    );
    (units, dirs)
}

/// The directories named on the command line (a named file names its directory):
/// they are linted as roots even when another scanned module calls them.
fn named_dirs(paths: &[PathBuf]) -> BTreeSet<PathBuf> {
    paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| {
            if p.is_dir() {
                normalize(p)
            } else {
                module_dir(p)
            }
        })
        .collect()
}

/// A unit not started before the run's deadline: reported, never dropped in silence.
fn past_deadline(unit: &Unit, options: &ScanOptions) -> Outcome {
    let file = match unit {
        Unit::Module { dir, .. } => crate::model::display_path(dir, options.cwd.as_deref()),
        Unit::Manifest(candidate) => candidate.display.clone(),
        Unit::Stdin(_) => STDIN_NAME.to_string(),
        Unit::Plan(plan) => plan.file.path.clone(),
    };
    let mut outcome = Outcome::default();
    outcome.intake.errors.push(ToolError {
        file,
        line: None,
        column: None,
        message: format!(
            "not linted: the run's deadline of {} s passed (raise it with --limit deadline=SECONDS)",
            options.limits.deadline.as_secs()
        ),
    });
    outcome
}

fn process(engine: &mut Engine, unit: Unit, options: &ScanOptions, loader: &Loader<'_>) -> Outcome {
    let mut outcome = Outcome::default();
    let intake = &mut outcome.intake;
    let document = match unit {
        Unit::Module { module, dir } => documents::terraform_document(
            module,
            &dir,
            &options.variables,
            options.strict,
            loader,
            intake,
        ),
        Unit::Manifest(candidate) => match read_source(&candidate) {
            Ok(file) => documents::manifest_document(file, intake),
            Err(ReadProblem::Error(error)) => {
                intake.errors.push(error);
                None
            }
            Err(ReadProblem::Skip(skipped)) => {
                intake.skipped.push(skipped);
                None
            }
        },
        Unit::Stdin(text) => {
            documents::manifest_document(SourceFile::new(STDIN_NAME.into(), text), intake)
        }
        Unit::Plan(plan) => Some(documents::plan_document(
            plan,
            options.strict,
            loader,
            intake,
        )),
    };
    if let Some(mut document) = document {
        outcome.documents += 1;
        // Before anything can print the files: from here on they are masked.
        if let Some(warning) = secrets::examine(&mut document) {
            outcome.intake.warnings.push(warning);
        }
        let evaluation = engine.evaluate(&document);
        outcome.findings = evaluation.findings;
        suppress::apply_in_document(
            &document,
            &mut outcome.findings,
            &options.suppressions,
            &mut outcome.intake.warnings,
        );
        outcome.intake.errors.extend(evaluation.errors);
        outcome.checks = evaluation.checks;
        for resource in &document.resources {
            match outcome
                .resource_types
                .get_mut(resource.resource_type.as_str())
            {
                Some(count) if resource.mode != Some(crate::model::ResourceMode::Data) => {
                    *count += 1;
                }
                _ => {
                    *outcome
                        .resource_types
                        .entry(resource.index_key())
                        .or_default() += 1
                }
            }
        }
    }
    outcome
}
