//! Discovery: the files to lint under the given paths (.gitignore-aware, hidden folders and symlinks skipped).

use std::path::{Path, PathBuf};

use ignore::WalkBuilder;
use ignore::overrides::OverrideBuilder;

use crate::model::{Skipped, ToolError, display_path};

/// What a file is, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileKind {
    Terraform,
    TerraformJson,
    TfVars,
    TfVarsJson,
    /// `.yaml`, `.yml` or `.json`: a Kubernetes manifest if its documents have apiVersion and kind.
    Manifest,
}

impl FileKind {
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".tf") {
            Some(FileKind::Terraform)
        } else if name.ends_with(".tf.json") {
            Some(FileKind::TerraformJson)
        } else if name.ends_with(".tfvars") {
            Some(FileKind::TfVars)
        } else if name.ends_with(".tfvars.json") {
            Some(FileKind::TfVarsJson)
        } else if name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".json") {
            Some(FileKind::Manifest)
        } else {
            None
        }
    }

    pub fn is_terraform(self) -> bool {
        !matches!(self, FileKind::Manifest)
    }
}

/// A file to lint.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub path: PathBuf,
    /// The path as the user would type it, relative to the current directory.
    pub display: String,
    /// The directory relative to the scan root it was found under ("." for the root).
    pub module: String,
    pub kind: FileKind,
    /// Only here as part of the module of a file named on the command line:
    /// evaluated with it, but its own findings are not reported.
    pub context_only: bool,
    /// Text to lint instead of the file's (an edit not yet written: `--diff`,
    /// the rounds of `--fix`, an editor's unsaved buffer).
    pub text: Option<std::sync::Arc<str>>,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub candidates: Vec<Candidate>,
    pub skipped: Vec<Skipped>,
    pub errors: Vec<ToolError>,
}

/// Walks `roots` and classifies what it finds. Explicitly named files are
/// linted even when hidden or ignored; `excludes` are gitignore-style globs.
pub fn discover(roots: &[PathBuf], excludes: &[String], cwd: Option<&Path>) -> Discovery {
    let mut discovery = Discovery::default();
    let mut named_skips = Vec::new();
    for root in roots {
        let metadata = match std::fs::symlink_metadata(root) {
            Ok(m) => m,
            Err(e) => {
                discovery.errors.push(ToolError {
                    file: display_path(root, cwd),
                    line: None,
                    column: None,
                    message: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        // A path named on the command line is linted or explained, never dropped in silence.
        if let Some(reason) = unlintable_named_path(root, &metadata) {
            named_skips.push(Skipped {
                file: display_path(root, cwd),
                reason,
            });
            continue;
        }
        let mut overrides = OverrideBuilder::new(root);
        for glob in excludes {
            if let Err(e) = overrides.add(&format!("!{glob}")) {
                discovery.errors.push(ToolError {
                    file: "--exclude".into(),
                    line: None,
                    column: None,
                    message: format!("bad glob `{glob}`: {e}"),
                });
            }
        }
        let overrides = match overrides.build() {
            Ok(o) => o,
            Err(e) => {
                discovery.errors.push(ToolError {
                    file: "--exclude".into(),
                    line: None,
                    column: None,
                    message: e.to_string(),
                });
                continue;
            }
        };
        let walk_root = if metadata.is_file() {
            root.parent().unwrap_or(Path::new("."))
        } else {
            root.as_path()
        };
        let walker = WalkBuilder::new(root)
            .hidden(true)
            .git_ignore(true)
            .git_exclude(true)
            .git_global(false)
            .require_git(false)
            .ignore(true)
            .parents(true)
            .follow_links(false)
            .overrides(overrides)
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    discovery.errors.push(walk_error(&e, cwd));
                    continue;
                }
            };
            let path = entry.path();
            let Some(file_type) = entry.file_type() else {
                continue;
            };
            // A linked folder may hold lintable files: say why they are not linted.
            if file_type.is_symlink() && entry.depth() > 0 && path.is_dir() {
                discovery.skipped.push(Skipped {
                    file: display_path(path, cwd),
                    reason: "symbolic link to a folder (links are not followed)".into(),
                });
                continue;
            }
            let Some(kind) = FileKind::of(path) else {
                continue;
            };
            let display = display_path(path, cwd);
            if file_type.is_symlink() {
                discovery.skipped.push(Skipped {
                    file: display,
                    reason: "symbolic link (links are not followed)".into(),
                });
                continue;
            }
            if !file_type.is_file() {
                if !file_type.is_dir() {
                    discovery.skipped.push(Skipped {
                        file: display,
                        reason: NOT_REGULAR.into(),
                    });
                }
                continue;
            }
            let module_dir = path.parent().unwrap_or(Path::new(""));
            let module = module_dir
                .strip_prefix(walk_root)
                .map(|r| display_path(r, None))
                .unwrap_or_else(|_| display_path(module_dir, cwd));
            discovery.candidates.push(Candidate {
                path: path.to_path_buf(),
                display,
                module,
                kind,
                context_only: false,
                text: None,
            });
        }
        // A Terraform file named on its own brings its module's other files along (not reported on).
        if metadata.is_file() && FileKind::of(root).is_some_and(FileKind::is_terraform) {
            add_module_siblings(root, walk_root, cwd, &mut discovery);
        }
    }
    // A file found both as context and by name or walk is linted in full.
    discovery.candidates.sort_by(|a, b| {
        a.display
            .cmp(&b.display)
            .then(a.context_only.cmp(&b.context_only))
    });
    discovery.candidates.dedup_by(|a, b| a.display == b.display);
    // Named paths that cannot be linted are skips beside other files, but when
    // nothing lintable was named at all, the run has failed to do what was asked.
    if discovery.candidates.is_empty() {
        discovery
            .errors
            .extend(named_skips.into_iter().map(|skip| ToolError {
                file: skip.file,
                line: None,
                column: None,
                message: format!("nothing to lint: {}", skip.reason),
            }));
    } else {
        discovery.skipped.extend(named_skips);
    }
    discovery
}

/// The reason a pipe, socket or device is not read.
const NOT_REGULAR: &str =
    "not a regular file (a pipe, socket or device); pipe its text to `srm-lint -` instead";

/// Why a path named on the command line cannot be linted, if it cannot: not a
/// regular file or folder, or a file of a kind srm-lint does not read.
fn unlintable_named_path(path: &Path, metadata: &std::fs::Metadata) -> Option<String> {
    if metadata.is_dir() {
        return None;
    }
    // A named link is followed to see what it is (`<(cat main.tf)` is a link to a pipe).
    let target = if metadata.file_type().is_symlink() {
        std::fs::metadata(path).ok()?
    } else {
        metadata.clone()
    };
    if target.is_dir() {
        return None;
    }
    if !target.is_file() {
        return Some(NOT_REGULAR.into());
    }
    if FileKind::of(path).is_none() {
        return Some(
            "not a file srm-lint reads (.tf, .tf.json, .tfvars, .tfvars.json, .yaml, .yml, .json)"
                .into(),
        );
    }
    None
}

fn add_module_siblings(file: &Path, dir: &Path, cwd: Option<&Path>, discovery: &mut Discovery) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        let Some(kind) = FileKind::of(&path).filter(|k| k.is_terraform()) else {
            continue;
        };
        if !is_file || hidden || path.file_name() == file.file_name() {
            continue;
        }
        discovery.candidates.push(Candidate {
            display: display_path(&path, cwd),
            path,
            module: ".".into(),
            kind,
            context_only: true,
            text: None,
        });
    }
}

fn walk_error(error: &ignore::Error, cwd: Option<&Path>) -> ToolError {
    let mut file = String::from("<walk>");
    let mut inner = error;
    loop {
        match inner {
            ignore::Error::WithPath { path, err } => {
                file = display_path(path, cwd);
                inner = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                inner = err
            }
            _ => break,
        }
    }
    ToolError {
        file,
        line: None,
        column: None,
        message: inner.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds_come_from_names() {
        assert_eq!(
            FileKind::of(Path::new("a/main.tf")),
            Some(FileKind::Terraform)
        );
        assert_eq!(
            FileKind::of(Path::new("main.tf.json")),
            Some(FileKind::TerraformJson)
        );
        assert_eq!(
            FileKind::of(Path::new("prod.tfvars")),
            Some(FileKind::TfVars)
        );
        assert_eq!(
            FileKind::of(Path::new("x.TFVARS.JSON")),
            Some(FileKind::TfVarsJson)
        );
        assert_eq!(
            FileKind::of(Path::new("deploy.yml")),
            Some(FileKind::Manifest)
        );
        assert_eq!(FileKind::of(Path::new("README.md")), None);
    }

    #[test]
    fn display_paths_drop_dot_slash() {
        assert_eq!(
            display_path(Path::new("./infra/main.tf"), None),
            "infra/main.tf"
        );
        assert_eq!(
            display_path(Path::new("/w/infra/a.tf"), Some(Path::new("/w"))),
            "infra/a.tf"
        );
    }
}
