//! Reading module folders for the [`Loader`]: discovered files, read ahead in parallel, or a called module's `.tf` files found elsewhere.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::modules::{self, DirReader, LoadedDir};
use super::{ModuleBuilder, parse_tf_json, parse_tfvars_json, parse_tfvars_located};
use crate::input::discover::{Candidate, FileKind};
use crate::input::documents::Intake;
use crate::input::read::{ReadProblem, parse_error, read_source};
use crate::model::{Limits, SourceFile, display_path, normalize};

/// A file's directory, absolute and normalised: the key of its module.
pub fn module_dir(path: &Path) -> PathBuf {
    normalize(path.parent().unwrap_or(Path::new(".")))
}

/// Reads module directories for the [`Loader`]: the discovered files of a scanned
/// directory, or the `.tf` and `.tf.json` files of a called one found elsewhere
/// (`../../`, `.terraform/modules/x`). Read and parse problems are kept for the report.
pub struct Reader {
    discovered: BTreeMap<PathBuf, Vec<Candidate>>,
    cwd: Option<PathBuf>,
    outcome: Mutex<Intake>,
    /// Texts read ahead (to find module calls before choosing roots), until parsed.
    texts: Mutex<BTreeMap<PathBuf, Vec<(Candidate, SourceFile)>>>,
    /// The `source` of each `module` block of a read-ahead directory.
    sources: Mutex<BTreeMap<PathBuf, Vec<String>>>,
    /// The evaluation budgets given to every module built.
    limits: Limits,
}

impl Reader {
    pub fn new(candidates: &[Candidate], cwd: Option<&Path>, limits: Limits) -> Self {
        let mut discovered: BTreeMap<PathBuf, Vec<Candidate>> = BTreeMap::new();
        for candidate in candidates.iter().filter(|c| c.kind.is_terraform()) {
            discovered
                .entry(module_dir(&candidate.path))
                .or_default()
                .push(candidate.clone());
        }
        Reader {
            discovered,
            cwd: cwd.map(Path::to_path_buf),
            limits,
            outcome: Mutex::new(Intake::default()),
            texts: Mutex::new(BTreeMap::new()),
            sources: Mutex::new(BTreeMap::new()),
        }
    }

    /// The read and parse problems and the count of files read.
    pub fn into_intake(self) -> Intake {
        self.outcome.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    fn record(&self, mut outcome: Intake) {
        let mut shared = self.outcome.lock().unwrap_or_else(|e| e.into_inner());
        shared.errors.append(&mut outcome.errors);
        shared.skipped.append(&mut outcome.skipped);
        shared.files_scanned += outcome.files_scanned;
    }

    /// Reads a scanned directory's files ahead of parsing and notes its module calls
    /// (the text is kept, not the parse: a root's parse lives only while it is linted).
    pub fn read_ahead(&self, dir: &Path) {
        let Some(candidates) = self.discovered.get(dir) else {
            return;
        };
        let mut outcome = Intake::default();
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
                Err(ReadProblem::Error(error)) => outcome.errors.push(error),
                Err(ReadProblem::Skip(skipped)) => outcome.skipped.push(skipped),
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
    pub fn pending(&self) -> Vec<PathBuf> {
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
                    display: display_path(&path, self.cwd.as_deref()),
                    path,
                    module: String::new(),
                    kind,
                    context_only: false,
                    text: None,
                })
            })
            .collect();
        candidates.sort_by(|a, b| a.path.cmp(&b.path));
        candidates
    }
}

impl DirReader for Reader {
    fn display(&self, dir: &Path) -> String {
        display_path(dir, self.cwd.as_deref())
    }

    fn module_sources(&self, dir: &Path) -> Vec<String> {
        self.sources
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(dir)
            .cloned()
            .unwrap_or_default()
    }

    fn read(&self, dir: &Path) -> Option<LoadedDir> {
        let mut outcome = Intake::default();
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
                        Err(ReadProblem::Error(error)) => outcome.errors.push(error),
                        Err(ReadProblem::Skip(skipped)) => outcome.skipped.push(skipped),
                    }
                }
                texts
            }
        };
        let mut builder = ModuleBuilder::default();
        builder.limits = self.limits;
        let mut files: Vec<Arc<SourceFile>> = Vec::new();
        for (candidate, file) in texts {
            let index = files.len();
            let (body, base) = file.body();
            let result = match candidate.kind {
                FileKind::Terraform => builder.add_hcl(body, base, index),
                FileKind::TerraformJson => {
                    parse_tf_json(body, base, index, &file.path, &mut builder.parts)
                }
                FileKind::TfVars => parse_tfvars_located(body, base).map(|(values, spans)| {
                    builder.add_tfvars_located(&file.path, Some(index), values, spans)
                }),
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
            || display_path(dir, self.cwd.as_deref()),
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
