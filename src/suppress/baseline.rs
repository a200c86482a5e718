//! Baselines: the fingerprints of accepted findings, so a run with `--baseline` reports only new ones.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::{Report, SuppressionKind, ToolError, write_atomically};

pub const DEFAULT_FILE: &str = ".srm-lint-baseline.json";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Baseline {
    /// The format of this file.
    version: u32,
    findings: Vec<Entry>,
}

/// One accepted finding; only `fingerprint` is matched, the rest helps people reading the file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    fingerprint: String,
    policy_id: String,
    resource: String,
    attribute: String,
    file: String,
}

/// Writes the baseline of `report`'s findings (suppressed ones too); returns how many were recorded.
pub fn write(path: &Path, report: &Report) -> Result<usize, String> {
    let mut findings: Vec<Entry> = report
        .findings
        .iter()
        .chain(report.suppressed.iter().filter(|f| {
            f.suppression
                .as_ref()
                .is_some_and(|s| s.kind == SuppressionKind::Baseline)
        }))
        .map(|f| Entry {
            fingerprint: f.fingerprint.clone(),
            policy_id: f.policy_id.clone(),
            resource: f.resource.clone(),
            attribute: f.attribute.clone(),
            file: f.file.clone(),
        })
        .collect();
    findings.sort_by(|a, b| {
        (&a.file, &a.policy_id, &a.resource, &a.fingerprint).cmp(&(
            &b.file,
            &b.policy_id,
            &b.resource,
            &b.fingerprint,
        ))
    });
    findings.dedup_by(|a, b| a.fingerprint == b.fingerprint);
    let count = findings.len();
    let text = serde_json::to_string_pretty(&Baseline {
        version: 1,
        findings,
    })
    .map_err(|e| e.to_string())?
        + "\n";
    write_atomically(path, |out| out.write_all(text.as_bytes()))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(count)
}

/// Reads a baseline's fingerprints.
pub fn read(path: &Path) -> Result<BTreeSet<String>, ToolError> {
    let error = |message: String, line: Option<usize>, column: Option<usize>| ToolError {
        file: path.display().to_string(),
        line,
        column,
        message,
    };
    let text = std::fs::read_to_string(path)
        .map_err(|e| error(format!("cannot read the baseline: {e}"), None, None))?;
    let baseline: Baseline = serde_json::from_str(&text).map_err(|e| {
        error(
            format!("invalid baseline: {e}"),
            Some(e.line()),
            Some(e.column()),
        )
    })?;
    if baseline.version != 1 {
        return Err(error(
            format!(
                "baseline version {} is not supported (expected 1)",
                baseline.version
            ),
            None,
            None,
        ));
    }
    Ok(baseline
        .findings
        .into_iter()
        .map(|e| e.fingerprint)
        .collect())
}
