//! Documents from input: a Terraform root module with the modules it calls, a plan, a manifest file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::input::discover::{Candidate, FileKind};
use crate::input::kubernetes::{self, Manifests};
use crate::input::read::{parse_error, read_source};
use crate::input::terraform::modules::{Instance, Loader};
use crate::input::terraform::plan::{self, Plan};
use crate::input::terraform::{ModuleParts, VariableInputs};
use crate::model::{Document, Format, Skipped, SourceFile, ToolError, Warning, dotted};

/// What reading and evaluating input gave besides documents: problems, skips, notes and counts.
#[derive(Debug, Default)]
pub struct Intake {
    pub errors: Vec<ToolError>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
    pub files_scanned: usize,
    pub module_instances: usize,
}

impl Intake {
    /// Adds another intake's problems and counts to this one.
    pub fn absorb(&mut self, mut other: Intake) {
        self.errors.append(&mut other.errors);
        self.skipped.append(&mut other.skipped);
        self.warnings.append(&mut other.warnings);
        self.files_scanned += other.files_scanned;
        self.module_instances += other.module_instances;
    }
}

/// A Terraform plan JSON file, parsed, and its configuration's folder when found.
pub struct PlanInput {
    pub file: SourceFile,
    pub plan: Plan,
    pub config: Option<PathBuf>,
}

/// A root module with the modules it calls, evaluated into one document.
pub fn terraform_document(
    module: String,
    dir: &Path,
    variables: &VariableInputs,
    strict: bool,
    loader: &Loader<'_>,
    outcome: &mut Intake,
) -> Option<Document> {
    let instance = loader.evaluate_root(dir, variables);
    loader.release(dir);
    let instance = instance?;
    instance_problems(&instance, true, outcome);
    if strict {
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
        secrets: Vec::new(),
        secret_pattern: None,
    })
}

/// Reports a module instance's evaluation problems (errors, and notes when `notes`).
fn instance_problems(instance: &Instance, notes: bool, outcome: &mut Intake) {
    for problem in &instance.problems {
        let Some(file) = instance.files.get(problem.file) else {
            continue;
        };
        let position = file.position(problem.offset);
        let mut message = problem.message.clone();
        if let Some((other, offset)) = problem.also_at
            && let Some(other) = instance.files.get(other)
        {
            message.push_str(&format!(
                " (first defined at {}:{})",
                other.path,
                other.position(offset).line
            ));
        }
        if problem.note {
            if notes {
                outcome.warnings.push(Warning {
                    file: file.path.clone(),
                    line: Some(position.line),
                    message,
                });
            }
        } else {
            outcome.errors.push(ToolError {
                file: file.path.clone(),
                line: Some(position.line),
                column: Some(position.column),
                message,
            });
        }
    }
}

/// Finds the Terraform plans among the `.json` candidates (taking them out of the
/// manifests) and parses them. Only a text that looks like a plan is parsed here;
/// other JSON is parsed once, later, as a manifest.
pub fn read_plans(candidates: &mut Vec<Candidate>) -> (Vec<PlanInput>, Intake) {
    enum Read {
        Plan(Box<PlanInput>),
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
                Ok(Some(plan)) => Read::Plan(Box::new(PlanInput {
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
    let mut outcome = Intake::default();
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
pub fn plan_document(
    input: PlanInput,
    strict: bool,
    loader: &Loader<'_>,
    outcome: &mut Intake,
) -> Document {
    let PlanInput {
        file,
        mut plan,
        config,
    } = input;
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
    if strict {
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
                        dotted(path)
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
        secrets: Vec::new(),
        secret_pattern: None,
    }
}

/// A manifest file's document (`None` when it is skipped or does not parse).
pub fn manifest_document(file: SourceFile, outcome: &mut Intake) -> Option<Document> {
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
                secrets: Vec::new(),
                secret_pattern: None,
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
            outcome.errors.push(parse_error(&file, error.shifted(base)));
            None
        }
    }
}
