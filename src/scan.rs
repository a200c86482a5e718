//! The lint pipeline: discover files, group them into documents, parse and evaluate them in parallel, collect one report.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde_json::json;

use crate::config::{PathFilter, SuppressionSettings};
use crate::discover::{self, Candidate, FileKind};
use crate::engine::Engine;
use crate::parse::kubernetes::{self, Manifests};
use crate::parse::terraform::modules::{self, DirReader, Instance, LoadedDir, Loader};
use crate::parse::terraform::plan::{self, Plan};
use crate::parse::terraform::{self, ModuleBuilder, ModuleParts, VariableInputs};
use crate::parse::{Document, Format, ParseError, SourceFile};
use crate::report::{Check, Finding, Report, Skipped, ToolError, Warning};
use crate::suppress;

/// Files larger than this are skipped: generated state or data, not configuration.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The name `-` (standard input) gets in reports.
pub const STDIN_NAME: &str = "<stdin>";

#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// Files and folders to lint; `-` reads Kubernetes manifests from standard input.
    pub paths: Vec<PathBuf>,
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
}

/// What one unit of work (a module directory or a manifest file) produced.
#[derive(Default)]
struct Outcome {
    findings: Vec<Finding>,
    errors: Vec<ToolError>,
    skipped: Vec<Skipped>,
    files_scanned: usize,
    documents: usize,
    checks: Vec<Check>,
    warnings: Vec<Warning>,
    module_instances: usize,
}

enum Unit {
    /// A Terraform root module: its directory (absolute, normalised) and its key.
    Module {
        module: String,
        dir: PathBuf,
    },
    Manifest(Candidate),
    Stdin(String),
    /// A Terraform plan JSON file, already parsed, and its configuration's folder when found.
    Plan {
        file: SourceFile,
        plan: Plan,
        config: Option<PathBuf>,
    },
}

/// Lints everything under `options.paths` with `engine`; `stdin` is the text
/// of standard input when `-` was given.
pub fn scan(options: &ScanOptions, engine: &Engine, stdin: Option<String>) -> Report {
    let roots: Vec<PathBuf> = options
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let mut discovery = discover::discover(&roots, &options.excludes);
    discovery.candidates.retain(|c| options.keeps(&c.path));
    let (plan_units, plan_outcome) = read_plans(&mut discovery.candidates);
    // The configuration folder of a plan named on the command line is linted
    // through the plan only: its planned values are the more precise. A plan
    // met while walking a folder may be stale or of another configuration, so
    // the `.tf` files beside it are linted too (identical findings are reported once).
    let named_files: BTreeSet<PathBuf> = options
        .paths
        .iter()
        .filter(|p| p.is_file())
        .map(|p| modules::normalize(p))
        .collect();
    let plan_configs: BTreeSet<PathBuf> = plan_units
        .iter()
        .filter_map(|unit| match unit {
            Unit::Plan { config, file, .. }
                if named_files.contains(&modules::normalize(Path::new(&file.path))) =>
            {
                config.clone()
            }
            _ => None,
        })
        .collect();
    // Files named on the command line (as pre-commit does) are linted with the
    // rest of their module, so references resolve, but only their own findings are reported.
    let context_only: std::collections::BTreeSet<String> = discovery
        .candidates
        .iter()
        .filter(|c| c.context_only)
        .map(|c| c.display.clone())
        .collect();
    let (mut units, module_dirs) = group_units(&discovery.candidates);
    units.extend(plan_units);
    if let Some(text) = stdin {
        units.push(Unit::Stdin(text));
    }

    // Every module directory is read up front, in parallel, so the module calls
    // are known before choosing the roots; each is parsed once, when first evaluated.
    let reader = Reader::new(&discovery.candidates);
    module_dirs
        .par_iter()
        .for_each(|dir| reader.read_ahead(dir));
    let loader = Loader::new(&reader);
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
            process(&mut engine, unit, options, &loader)
        })
        .collect();

    let mut report = Report {
        errors: discovery.errors,
        ..Report::default()
    };
    report.summary.skipped = discovery.skipped;
    for mut outcome in std::iter::once(plan_outcome).chain(outcomes) {
        outcome.findings.retain(|f| !context_only.contains(&f.file));
        report.findings.extend(outcome.findings);
        report.warnings.extend(outcome.warnings);
        report.errors.extend(outcome.errors);
        report.summary.skipped.extend(outcome.skipped);
        report.summary.files_scanned += outcome.files_scanned;
        report.summary.documents += outcome.documents;
        report.summary.module_instances += outcome.module_instances;
        report.checks.extend(outcome.checks);
    }
    // A folder only called by a module that was not instantiated (count = 0, a cycle)
    // is still parsed: every file is linted or reported, and counted.
    let pending: Vec<PathBuf> = reader.pending();
    pending.par_iter().for_each(|dir| {
        loader.dir(dir);
    });
    // Terraform files are read once whichever modules use them: their problems are counted here.
    drop(loader);
    let read = reader.into_outcome();
    report.errors.extend(read.errors);
    report.summary.skipped.extend(read.skipped);
    report.summary.files_scanned += read.files_scanned;
    report.finish();
    report
}

impl ScanOptions {
    /// Whether the configuration's include/exclude globs keep this file.
    fn keeps(&self, path: &std::path::Path) -> bool {
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

/// A file's directory, absolute and normalised: the key of its module.
fn module_dir(path: &Path) -> PathBuf {
    modules::normalize(path.parent().unwrap_or(Path::new(".")))
}

/// The directories named on the command line (a named file names its directory):
/// they are linted as roots even when another scanned module calls them.
fn named_dirs(paths: &[PathBuf]) -> BTreeSet<PathBuf> {
    paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| {
            if p.is_dir() {
                modules::normalize(p)
            } else {
                module_dir(p)
            }
        })
        .collect()
}

fn process(engine: &mut Engine, unit: Unit, options: &ScanOptions, loader: &Loader<'_>) -> Outcome {
    let mut outcome = Outcome::default();
    let document = match unit {
        Unit::Module { module, dir } => {
            terraform_document(module, &dir, options, loader, &mut outcome)
        }
        Unit::Manifest(candidate) => match read_source(&candidate) {
            Ok(file) => manifest_document(file, &mut outcome),
            Err(Problem::Error(error)) => {
                outcome.errors.push(error);
                None
            }
            Err(Problem::Skip(skipped)) => {
                outcome.skipped.push(skipped);
                None
            }
        },
        Unit::Stdin(text) => {
            manifest_document(SourceFile::new(STDIN_NAME.into(), text), &mut outcome)
        }
        Unit::Plan { file, plan, config } => Some(plan_document(
            file,
            plan,
            config,
            options,
            loader,
            &mut outcome,
        )),
    };
    if let Some(document) = document {
        outcome.documents += 1;
        let evaluation = engine.evaluate(&document);
        outcome.findings = evaluation.findings;
        suppress::apply_in_document(
            &document,
            &mut outcome.findings,
            &options.suppressions,
            &mut outcome.warnings,
        );
        outcome.errors.extend(evaluation.errors);
        outcome.checks = evaluation
            .checks
            .into_iter()
            .map(|id| Check {
                document: document.location.clone(),
                policy_id: id,
            })
            .collect();
    }
    outcome
}

/// A root module with the modules it calls, evaluated into one document.
fn terraform_document(
    module: String,
    dir: &Path,
    options: &ScanOptions,
    loader: &Loader<'_>,
    outcome: &mut Outcome,
) -> Option<Document> {
    let instance = loader.evaluate_root(dir, &options.variables);
    loader.release(dir);
    let instance = instance?;
    instance_problems(&instance, true, outcome);
    if options.strict {
        for unknown in &instance.unknowns {
            let Some(file) = instance.files.get(unknown.file) else {
                continue;
            };
            outcome.warnings.push(Warning {
                file: file.path.clone(),
                line: Some(file.position(unknown.offset).line),
                message: format!(
                    "attribute left unknown: {}.{} = {} ({})",
                    unknown.address, unknown.attribute, unknown.expression, unknown.reason
                ),
            });
        }
    }
    outcome.module_instances += instance.module_instances;
    Some(Document {
        format: Format::Terraform,
        location: instance.location,
        key: module,
        files: instance.files,
        resources: instance.resources,
        extra: instance.extra,
    })
}

/// Reports a module instance's evaluation problems (errors, and notes when `notes`).
fn instance_problems(instance: &Instance, notes: bool, outcome: &mut Outcome) {
    for problem in &instance.problems {
        let Some(file) = instance.files.get(problem.file) else {
            continue;
        };
        let position = file.position(problem.offset);
        if problem.note {
            if notes {
                outcome.warnings.push(Warning {
                    file: file.path.clone(),
                    line: Some(position.line),
                    message: problem.message.clone(),
                });
            }
        } else {
            outcome.errors.push(ToolError {
                file: file.path.clone(),
                line: Some(position.line),
                column: Some(position.column),
                message: problem.message.clone(),
            });
        }
    }
}

/// Finds the Terraform plans among the `.json` candidates (taking them out of the
/// manifests) and parses them. Only a text that looks like a plan is parsed here;
/// other JSON is parsed once, later, as a manifest.
fn read_plans(candidates: &mut Vec<Candidate>) -> (Vec<Unit>, Outcome) {
    enum Read {
        Plan(Box<Unit>),
        Bad(ToolError),
        Other,
    }
    let reads: Vec<Read> = candidates
        .par_iter()
        .map(|candidate| {
            let is_json = candidate.kind == FileKind::Manifest
                && candidate
                    .path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("json"));
            if !is_json {
                return Read::Other;
            }
            // A file that cannot be read is reported by the manifest path.
            let Ok(file) = read_source(candidate) else {
                return Read::Other;
            };
            let (body, base) = file.body();
            if !plan::looks_like_plan(body) {
                return Read::Other;
            }
            match plan::parse_plan(body, base) {
                Ok(Some(plan)) => Read::Plan(Box::new(Unit::Plan {
                    config: plan::config_dir(&candidate.path),
                    file,
                    plan,
                })),
                Ok(None) => Read::Other,
                Err(error) => Read::Bad(parse_error(&file, error)),
            }
        })
        .collect();
    let mut units = Vec::new();
    let mut outcome = Outcome::default();
    let mut index = 0;
    candidates.retain(|_| {
        let read = &reads[index];
        index += 1;
        matches!(read, Read::Other)
    });
    for read in reads {
        match read {
            Read::Plan(unit) => units.push(*unit),
            Read::Bad(error) => outcome.errors.push(error),
            Read::Other => {}
        }
    }
    (units, outcome)
}

/// A plan's document: its planned resources, located in the configuration when its
/// `.tf` files are found (evaluated with the plan's variable values, so instances
/// match), else in the plan file.
fn plan_document(
    file: SourceFile,
    mut plan: Plan,
    config: Option<PathBuf>,
    options: &ScanOptions,
    loader: &Loader<'_>,
    outcome: &mut Outcome,
) -> Document {
    // The configuration's parse is not released: another plan may share the folder.
    let instance = config
        .as_deref()
        .and_then(|dir| loader.evaluate_root(dir, &plan::variable_inputs(&plan)));
    let mut files = Vec::new();
    let mut extra = ModuleParts::default().into_extra().1;
    if let Some(instance) = &instance {
        // Notes on remote modules do not matter: the plan has their resources.
        instance_problems(instance, false, outcome);
        outcome.module_instances += instance.module_instances;
        files.clone_from(&instance.files);
        extra.clone_from(&instance.extra);
    }
    let plan_file = files.len();
    plan::attach_config(&mut plan.resources, instance.as_ref(), plan_file);
    outcome.files_scanned += 1;
    let location = file.path.clone();
    files.push(Arc::new(file));
    if options.strict {
        for planned in &plan.resources {
            let resource = &planned.resource;
            let Some(source) = files.get(resource.file) else {
                continue;
            };
            for path in &planned.unknown {
                let span = resource.spans.resolve(path).span;
                outcome.warnings.push(Warning {
                    file: source.path.clone(),
                    line: Some(source.position(span.start).line),
                    message: format!(
                        "attribute left unknown: {}.{} (known after apply)",
                        resource.address,
                        crate::source_map::dotted(path)
                    ),
                });
            }
        }
    }
    Document {
        format: Format::Terraform,
        key: location.clone(),
        location,
        files,
        resources: plan.resources.into_iter().map(|p| p.resource).collect(),
        extra,
    }
}

/// Reads module directories for the [`Loader`]: the discovered files of a scanned
/// directory, or the `.tf` and `.tf.json` files of a called one found elsewhere
/// (`../../`, `.terraform/modules/x`). Read and parse problems are kept for the report.
struct Reader {
    discovered: BTreeMap<PathBuf, Vec<Candidate>>,
    cwd: Option<PathBuf>,
    outcome: Mutex<Outcome>,
    /// Texts read ahead (to find module calls before choosing roots), until parsed.
    texts: Mutex<BTreeMap<PathBuf, Vec<(Candidate, SourceFile)>>>,
    /// The `source` of each `module` block of a read-ahead directory.
    sources: Mutex<BTreeMap<PathBuf, Vec<String>>>,
}

impl Reader {
    fn new(candidates: &[Candidate]) -> Self {
        let mut discovered: BTreeMap<PathBuf, Vec<Candidate>> = BTreeMap::new();
        for candidate in candidates.iter().filter(|c| c.kind.is_terraform()) {
            discovered
                .entry(module_dir(&candidate.path))
                .or_default()
                .push(candidate.clone());
        }
        Reader {
            discovered,
            cwd: std::env::current_dir().ok(),
            outcome: Mutex::new(Outcome::default()),
            texts: Mutex::new(BTreeMap::new()),
            sources: Mutex::new(BTreeMap::new()),
        }
    }

    fn into_outcome(self) -> Outcome {
        self.outcome.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    fn record(&self, mut outcome: Outcome) {
        let mut shared = self.outcome.lock().unwrap_or_else(|e| e.into_inner());
        shared.errors.append(&mut outcome.errors);
        shared.skipped.append(&mut outcome.skipped);
        shared.files_scanned += outcome.files_scanned;
    }

    /// Reads a scanned directory's files ahead of parsing and notes its module calls
    /// (the text is kept, not the parse: a root's parse lives only while it is linted).
    fn read_ahead(&self, dir: &Path) {
        let Some(candidates) = self.discovered.get(dir) else {
            return;
        };
        let mut outcome = Outcome::default();
        let mut texts = Vec::new();
        let mut sources = Vec::new();
        for candidate in candidates {
            match read_source(candidate) {
                Ok(file) => {
                    if candidate.kind == FileKind::Terraform {
                        sources.extend(modules::module_sources(file.body().0));
                    }
                    texts.push((candidate.clone(), file));
                }
                Err(Problem::Error(error)) => outcome.errors.push(error),
                Err(Problem::Skip(skipped)) => outcome.skipped.push(skipped),
            }
        }
        self.record(outcome);
        self.texts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(dir.to_path_buf(), texts);
        self.sources
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(dir.to_path_buf(), sources);
    }

    /// The directories read ahead but not parsed yet.
    fn pending(&self) -> Vec<PathBuf> {
        self.texts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .keys()
            .cloned()
            .collect()
    }

    /// The Terraform files of a directory nobody scanned; tfvars are left out,
    /// as Terraform ignores them in a called module.
    fn list(&self, dir: &Path) -> Vec<Candidate> {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut candidates: Vec<Candidate> = entries
            .flatten()
            .filter_map(|entry| {
                let path = entry.path();
                let kind = FileKind::of(&path)
                    .filter(|k| matches!(k, FileKind::Terraform | FileKind::TerraformJson))?;
                let hidden = entry.file_name().to_string_lossy().starts_with('.');
                (!hidden && path.is_file()).then(|| Candidate {
                    display: discover::display_path(&path, self.cwd.as_deref()),
                    path,
                    module: String::new(),
                    kind,
                    context_only: false,
                })
            })
            .collect();
        candidates.sort_by(|a, b| a.path.cmp(&b.path));
        candidates
    }
}

impl DirReader for Reader {
    fn module_sources(&self, dir: &Path) -> Vec<String> {
        self.sources
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(dir)
            .cloned()
            .unwrap_or_default()
    }

    fn read(&self, dir: &Path) -> Option<LoadedDir> {
        let mut outcome = Outcome::default();
        let ahead = self
            .texts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(dir);
        let texts = match ahead {
            Some(texts) => texts,
            None => {
                let candidates = match self.discovered.get(dir) {
                    Some(candidates) => candidates.clone(),
                    None => self.list(dir),
                };
                if candidates.is_empty() {
                    return None;
                }
                let mut texts = Vec::new();
                for candidate in candidates {
                    match read_source(&candidate) {
                        Ok(file) => texts.push((candidate, file)),
                        Err(Problem::Error(error)) => outcome.errors.push(error),
                        Err(Problem::Skip(skipped)) => outcome.skipped.push(skipped),
                    }
                }
                texts
            }
        };
        let mut builder = ModuleBuilder::default();
        let mut files: Vec<Arc<SourceFile>> = Vec::new();
        for (candidate, file) in texts {
            let index = files.len();
            let (body, base) = file.body();
            let result = match candidate.kind {
                FileKind::Terraform => builder.add_hcl(body, base, index),
                FileKind::TerraformJson => {
                    terraform::parse_tf_json(body, base, index, &file.path, &mut builder.parts)
                }
                FileKind::TfVars => {
                    terraform::parse_tfvars_located(body, base).map(|(values, spans)| {
                        builder.add_tfvars_located(&file.path, Some(index), values, spans)
                    })
                }
                FileKind::TfVarsJson => parse_tfvars_json(body, base)
                    .map(|values| builder.add_tfvars(&file.path, values)),
                FileKind::Manifest => Ok(()),
            };
            match result {
                Ok(()) => {
                    outcome.files_scanned += 1;
                    files.push(Arc::new(file));
                }
                Err(error) => outcome.errors.push(parse_error(&file, error)),
            }
        }
        let location = files.first().map_or_else(
            || discover::display_path(dir, self.cwd.as_deref()),
            |file| {
                file.path
                    .rsplit_once('/')
                    .map_or_else(|| ".".to_string(), |(dir, _)| dir.to_string())
            },
        );
        self.record(outcome);
        Some(LoadedDir {
            location,
            files,
            builder,
        })
    }
}

fn parse_tfvars_json(body: &str, base: usize) -> Result<serde_json::Value, ParseError> {
    let documents = crate::parse::yaml::parse_documents(body).map_err(|e| ParseError {
        message: e.message,
        offset: Some(base + e.offset),
    })?;
    Ok(documents.into_iter().next().map_or(json!({}), |d| d.value))
}

fn manifest_document(file: SourceFile, outcome: &mut Outcome) -> Option<Document> {
    let (body, base) = file.body();
    match kubernetes::parse_manifests(body, 0) {
        Ok(Manifests::Objects(mut resources)) => {
            for resource in &mut resources {
                resource.spans.shift(base);
            }
            outcome.files_scanned += 1;
            Some(Document {
                format: Format::Kubernetes,
                key: file.path.clone(),
                location: file.path.clone(),
                files: vec![Arc::new(file)],
                resources,
                extra: serde_json::Map::new(),
            })
        }
        Ok(Manifests::Skipped(reason)) => {
            outcome.skipped.push(Skipped {
                file: file.path,
                reason,
            });
            None
        }
        Err(error) => {
            outcome.errors.push(parse_error(&file, error));
            None
        }
    }
}

fn parse_error(file: &SourceFile, error: ParseError) -> ToolError {
    // An error at the very end of the file belongs to its last line, not to the empty line after it.
    let last = file.text.trim_end_matches(['\n', '\r']).len();
    let position = error.offset.map(|offset| file.position(offset.min(last)));
    ToolError {
        file: file.path.clone(),
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        message: format!("cannot parse: {}", error.message),
    }
}

enum Problem {
    Error(ToolError),
    Skip(Skipped),
}

/// Reads a file as UTF-8 text; binary and non-UTF-8 files are errors that name
/// where the bad byte is, oversized files are skipped.
fn read_source(candidate: &Candidate) -> Result<SourceFile, Problem> {
    let error = |message: String, line: Option<usize>, column: Option<usize>| {
        Problem::Error(ToolError {
            file: candidate.display.clone(),
            line,
            column,
            message,
        })
    };
    let metadata = std::fs::metadata(&candidate.path)
        .map_err(|e| error(format!("cannot read: {e}"), None, None))?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Problem::Skip(Skipped {
            file: candidate.display.clone(),
            reason: format!("larger than {} MiB", MAX_FILE_BYTES / (1024 * 1024)),
        }));
    }
    let bytes = std::fs::read(&candidate.path)
        .map_err(|e| error(format!("cannot read: {e}"), None, None))?;
    if let Some(position) = bytes.iter().take(8192).position(|b| *b == 0) {
        let line = bytes[..position].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(error(
            "binary file (contains NUL bytes), not text".into(),
            Some(line),
            None,
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(candidate.display.clone(), text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = bytes[..valid]
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&bytes[line_start..valid])
                .chars()
                .count()
                + 1;
            Err(error(
                format!("not valid UTF-8 text (byte 0x{:02x})", bytes[valid]),
                Some(line),
                Some(column),
            ))
        }
    }
}
