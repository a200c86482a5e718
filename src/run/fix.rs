//! `--fix` and `--diff`: the policies' fixes applied in rounds (lint, edit, re-lint) in memory, checked, then written atomically.
//!
//! Each round lints with the edited texts in place of the files, applies every
//! fix whose edits do not overlap an edit already taken in that file, and
//! checks that the file still parses. Overlapping fixes wait for the next round,
//! which sees the first one's result, so the outcome is that of running
//! `--fix` repeatedly (at most [`MAX_ROUNDS`] times). Nothing is written before
//! the last round; a file is written only if it is a regular file (not a
//! link), unchanged on disk since it was first read, with its permissions kept.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use super::Linter;
use crate::model::{
    Finding, FixSafety, Report, SourceFile, TextEdit, ToolError, apply_edits, normalize,
    write_atomically,
};

/// Rounds of lint-and-fix before srm-lint stops (overlapping fixes need one each).
pub const MAX_ROUNDS: usize = 10;

/// What `--fix`, `--unsafe-fixes`, `--fix-only` and `--diff` ask for.
#[derive(Debug, Clone, Default)]
pub struct FixOptions {
    /// Also apply unsafe fixes.
    pub unsafe_fixes: bool,
    /// Only fixes of these policies (ids or `*` prefixes); all when empty.
    pub only: Vec<String>,
    /// Write the files (`--fix`); otherwise only compute them (`--diff`).
    pub write: bool,
}

/// What fixing did.
#[derive(Debug, Default)]
pub struct FixOutcome {
    /// Findings whose fix was applied.
    pub fixed: usize,
    /// Files changed: path as reports show it → (text before, text after), secrets masked.
    pub files: BTreeMap<String, (String, String)>,
    /// Fixes that could not be applied or files that could not be written.
    pub errors: Vec<ToolError>,
    /// Findings left that `--unsafe-fixes` would fix (when it was not given).
    pub unsafe_fixable: usize,
}

impl FixOptions {
    fn wants(&self, finding: &Finding) -> bool {
        let Some(fix) = &finding.fix else {
            return false;
        };
        fix.applicable
            && !fix.edits.is_empty()
            && (self.unsafe_fixes || fix.safety == FixSafety::Safe)
            && (self.only.is_empty()
                || self.only.iter().any(|id| match id.strip_suffix('*') {
                    Some(prefix) => finding
                        .policy_id
                        .to_ascii_uppercase()
                        .starts_with(&prefix.to_ascii_uppercase()),
                    None => finding.policy_id.eq_ignore_ascii_case(id),
                }))
    }
}

/// A file being fixed: where it is, its text on disk when first read, its text
/// now, and both as srm-lint shows them (secrets masked, same byte offsets).
struct Edited {
    path: PathBuf,
    original: String,
    current: String,
    shown_original: String,
    shown_current: String,
}

impl Linter {
    /// Applies the fixes (see the module's documentation) and gives the report
    /// of the fixed files with what was done.
    pub fn fix(&self, options: &FixOptions) -> (Report, FixOutcome) {
        let mut outcome = FixOutcome::default();
        let mut edited: BTreeMap<String, Edited> = BTreeMap::new();
        let mut refused: BTreeSet<String> = BTreeSet::new();
        let mut report = self.lint(None);
        for _ in 0..MAX_ROUNDS {
            let mut by_file: BTreeMap<String, Vec<&Finding>> = BTreeMap::new();
            for finding in report.findings.iter().filter(|f| options.wants(f)) {
                let Some(first) = finding.fix.as_ref().and_then(|f| f.edits.first()) else {
                    continue;
                };
                if !refused.contains(&first.file) {
                    by_file.entry(first.file.clone()).or_default().push(finding);
                }
            }
            let mut progress = false;
            for (file, findings) in by_file {
                let source = &findings[0]
                    .fix
                    .as_ref()
                    .map(|f| Arc::clone(&f.edits[0].source));
                let Some(source) = source else { continue };
                let entry = match edited.get_mut(&file) {
                    Some(entry) => entry,
                    None => match self.open(source) {
                        Ok(entry) => edited.entry(file.clone()).or_insert(entry),
                        Err(error) => {
                            outcome.errors.push(error);
                            refused.insert(file);
                            continue;
                        }
                    },
                };
                let (taken, count) = non_overlapping(&findings);
                let text = apply_edits(&entry.current, &taken);
                let shown = apply_edits(&entry.shown_current, &taken);
                if let Err(message) = still_parses(&file, &text) {
                    outcome.errors.push(ToolError {
                        file: file.clone(),
                        line: None,
                        column: None,
                        message: format!(
                            "a fix would leave the file unreadable ({message}); this file's fixes are not applied"
                        ),
                    });
                    refused.insert(file);
                    continue;
                }
                entry.current = text;
                entry.shown_current = shown;
                outcome.fixed += count;
                progress = true;
            }
            if !progress {
                break;
            }
            let overlay: BTreeMap<PathBuf, Arc<str>> = edited
                .values()
                .map(|e| (e.path.clone(), Arc::from(e.current.as_str())))
                .collect();
            report = self.lint_overlay(&overlay);
        }
        if !options.unsafe_fixes {
            let unsafe_options = FixOptions {
                unsafe_fixes: true,
                ..options.clone()
            };
            outcome.unsafe_fixable = report
                .findings
                .iter()
                .filter(|f| unsafe_options.wants(f))
                .count();
        }
        for (file, entry) in edited {
            if entry.current == entry.original {
                continue;
            }
            if options.write
                && let Err(message) = write_back(&entry)
            {
                outcome.errors.push(ToolError {
                    file: file.clone(),
                    line: None,
                    column: None,
                    message,
                });
                continue;
            }
            outcome
                .files
                .insert(file, (entry.shown_original, entry.shown_current));
        }
        report.errors.extend(outcome.errors.iter().cloned());
        report.errors.sort();
        (report, outcome)
    }

    /// Reads a file to fix from disk, checking that it is the text that was linted
    /// (the linted copy has its secrets masked with `*`, everything else equal).
    fn open(&self, source: &SourceFile) -> Result<Edited, ToolError> {
        let error = |message: String| ToolError {
            file: source.path.clone(),
            line: None,
            column: None,
            message,
        };
        let path = match &self.scan.cwd {
            Some(cwd) => cwd.join(&source.path),
            None => PathBuf::from(&source.path),
        };
        let path = normalize(&std::path::absolute(&path).unwrap_or(path));
        let original = std::fs::read_to_string(&path)
            .map_err(|e| error(format!("cannot read it to fix it: {e}")))?;
        let same = original.len() == source.text.len()
            && original
                .bytes()
                .zip(source.text.bytes())
                .all(|(disk, linted)| disk == linted || linted == b'*');
        if !same {
            return Err(error(
                "changed while srm-lint was reading it; not fixed".into(),
            ));
        }
        Ok(Edited {
            path,
            current: original.clone(),
            original,
            shown_original: source.text.clone(),
            shown_current: source.text.clone(),
        })
    }
}

/// The edits of as many findings as do not overlap, in file order, and how many findings that is.
fn non_overlapping<'f>(findings: &[&'f Finding]) -> (Vec<&'f TextEdit>, usize) {
    let mut sorted: Vec<&Finding> = findings.to_vec();
    sorted.sort_by_key(|f| {
        f.fix
            .as_ref()
            .and_then(|fix| fix.edits.first())
            .map_or(0, |e| e.range.start)
    });
    let mut taken: Vec<&TextEdit> = Vec::new();
    let mut count = 0;
    for finding in sorted {
        let Some(fix) = &finding.fix else { continue };
        // Two insertions at one place, or ranges that meet, would interleave: one waits a round.
        let clashes = fix.edits.iter().any(|edit| {
            taken.iter().any(|t| {
                (edit.range.start < t.range.end && t.range.start < edit.range.end)
                    || edit.range.start == t.range.start
                    || edit.range.start == t.range.end
                    || edit.range.end == t.range.start
            })
        });
        if clashes {
            continue;
        }
        taken.extend(fix.edits.iter());
        count += 1;
    }
    taken.sort_by_key(|e| (e.range.start, e.range.end));
    // The same edit from two findings (two policies setting one value) is made once.
    taken.dedup_by(|a, b| a.range == b.range && a.new_text == b.new_text);
    (taken, count)
}

/// Whether the edited text still parses as the kind of file it is.
fn still_parses(file: &str, text: &str) -> Result<(), String> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if file.ends_with(".tf") || file.ends_with(".tfvars") {
        hcl_edit::parser::parse_body(body)
            .map(|_| ())
            .map_err(|e| first_line(&e.to_string()))
    } else if file.ends_with(".json") {
        // Strict JSON, and no key written twice (serde_json keeps the last silently).
        serde_json::from_str::<serde_json::Value>(body).map_err(|e| e.to_string())?;
        crate::yaml::parse_documents(body)
            .map(|_| ())
            .map_err(|e| e.message)
    } else {
        crate::yaml::parse_documents(body)
            .map(|_| ())
            .map_err(|e| e.message)
    }
}

fn first_line(text: &str) -> String {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(text)
        .to_string()
}

/// Writes a fixed file in place: atomically, permissions kept, never through a link,
/// and only if nobody changed it since srm-lint read it.
fn write_back(entry: &Edited) -> Result<(), String> {
    let metadata =
        std::fs::symlink_metadata(&entry.path).map_err(|e| format!("cannot fix it: {e}"))?;
    if metadata.file_type().is_symlink() {
        return Err(
            "is a symbolic link; srm-lint does not write through links (fix the file it points to)"
                .into(),
        );
    }
    if metadata.permissions().readonly() {
        return Err("is read-only; its fixes are not written (nothing was changed)".into());
    }
    let now = std::fs::read_to_string(&entry.path).map_err(|e| format!("cannot fix it: {e}"))?;
    if now != entry.original {
        return Err("changed since srm-lint read it; its fixes are not written".into());
    }
    write_atomically(&entry.path, |out| out.write_all(entry.current.as_bytes()))
        .and_then(|()| std::fs::set_permissions(&entry.path, metadata.permissions()))
        .map_err(|e| format!("cannot write the fixed file: {e}"))
}

/// `a/dir/main.tf` for a relative path, as git writes it; an absolute path as it is.
fn label(side: &str, file: &str) -> String {
    if file.starts_with('/') {
        file.to_string()
    } else {
        format!("{side}/{file}")
    }
}

/// A unified diff of one file's fix (`--diff`).
pub fn unified_diff(file: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&label("a", file), &label("b", file))
        .to_string()
}
