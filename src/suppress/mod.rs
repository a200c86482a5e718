//! Suppressions: inline `srm-lint:ignore` comments, the Kubernetes annotation, configuration rules and baselines.
//!
//! A suppression never deletes a finding: it marks it, so JSON and SARIF still
//! carry it with its justification. A suppression that lacks a required reason,
//! has expired, or is forbidden by configuration does not silence anything and
//! says why in the report's warnings.

pub mod baseline;

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

use serde_json::Value;

use crate::config::{PathFilter, SuppressionSettings};
use crate::model::{
    Document, Finding, SpanChildren, SpanTree, Suppression, SuppressionKind, Warning, parse_date,
    today,
};

/// The marker of an inline suppression comment.
pub const MARKER: &str = "srm-lint:ignore";
/// The Kubernetes annotation: `"SRM-K8S-POD-001=reason; SRM-K8S-POD-002=reason"`.
pub const ANNOTATION: &str = "srm-lint.dev/ignore";

/// One suppression as written, before it is matched against findings.
#[derive(Debug, Clone)]
struct Written {
    kind: SuppressionKind,
    policies: Vec<String>,
    reason: Option<String>,
    expires: Option<String>,
    file: String,
    line: Option<usize>,
    /// What it covers: a byte range of `file`, or a whole resource.
    scope: Scope,
}

#[derive(Debug, Clone)]
enum Scope {
    Span(Range<usize>),
    Resource(String),
}

/// An inline comment's parts: `srm-lint:ignore ID[,ID] reason="..." expires=YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub policies: Vec<String>,
    pub reason: Option<String>,
    pub expires: Option<String>,
}

/// Parses the text after the marker.
pub fn parse_directive(text: &str) -> Directive {
    let mut policies = Vec::new();
    let mut reason = None;
    let mut expires = None;
    let mut rest = text.trim();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("reason=") {
            let (value, remaining) = take_value(after);
            reason = Some(value).filter(|r| !r.trim().is_empty());
            rest = remaining;
        } else if let Some(after) = rest.strip_prefix("expires=") {
            let (value, remaining) = take_value(after);
            expires = Some(value);
            rest = remaining;
        } else {
            let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
            policies.extend(
                rest[..end]
                    .split(',')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string),
            );
            rest = &rest[end..];
        }
        rest = rest.trim_start();
    }
    Directive {
        policies,
        reason,
        expires,
    }
}

/// A quoted (`"..."`) or bare value, and what follows it.
fn take_value(text: &str) -> (String, &str) {
    if let Some(quoted) = text.strip_prefix('"') {
        match quoted.find('"') {
            Some(end) => (quoted[..end].to_string(), &quoted[end + 1..]),
            None => (quoted.to_string(), ""),
        }
    } else {
        let end = text.find(|c: char| c.is_whitespace()).unwrap_or(text.len());
        (text[..end].to_string(), &text[end..])
    }
}

/// Where a comment starts on a line (`#` or `//`), if the line has the marker in a comment.
fn comment_start(line: &str) -> Option<usize> {
    let marker = line.find(MARKER)?;
    let before = &line[..marker];
    let hash = before.rfind('#');
    let slashes = before.rfind("//");
    match (hash, slashes) {
        (Some(h), Some(s)) => Some(h.max(s)),
        (Some(h), None) => Some(h),
        (None, Some(s)) => Some(s),
        (None, None) => None,
    }
}

/// Every span-tree node starting at or after `range.start` and before `range.end`: the constructs that begin on a line.
fn constructs_starting_in(tree: &SpanTree, range: &Range<usize>, out: &mut Vec<Range<usize>>) {
    if tree.full.end < range.start || tree.full.start > range.end {
        return;
    }
    if range.contains(&tree.full.start) || tree.full.start == range.end && range.is_empty() {
        out.push(tree.full.clone());
    }
    match &tree.children {
        SpanChildren::Leaf => {}
        SpanChildren::Map(entries) => entries
            .iter()
            .for_each(|(_, t)| constructs_starting_in(t, range, out)),
        SpanChildren::Seq(items) => items
            .iter()
            .for_each(|t| constructs_starting_in(t, range, out)),
    }
}

/// The inline suppressions and annotations of a document.
fn written_in(document: &Document) -> Vec<Written> {
    let mut written = Vec::new();
    for (index, file) in document.files.iter().enumerate() {
        if !file.text.contains(MARKER) {
            continue;
        }
        let lines: Vec<&str> = file.text.lines().collect();
        for (number, line) in lines.iter().enumerate() {
            let Some(start) = comment_start(line) else {
                continue;
            };
            let Some(marker) = line.find(MARKER) else {
                continue;
            };
            let directive = parse_directive(&line[marker + MARKER.len()..]);
            let trailing = !line[..start].trim().is_empty();
            // A comment alone on its line covers the next line that holds code.
            let target = if trailing {
                Some(number + 1)
            } else {
                (number + 1..lines.len())
                    .find(|&n| {
                        let text = lines[n].trim();
                        !text.is_empty() && !text.starts_with('#') && !text.starts_with("//")
                    })
                    .map(|n| n + 1)
            };
            let Some(target) = target else {
                continue;
            };
            let line_range = file.lines.line_range(&file.text, target);
            let mut covered = Vec::new();
            for resource in document.resources.iter().filter(|r| r.file == index) {
                constructs_starting_in(&resource.spans, &line_range, &mut covered);
            }
            let scope = match (
                covered.iter().map(|r| r.start).min(),
                covered.iter().map(|r| r.end).max(),
            ) {
                (Some(start), Some(end)) => start.min(line_range.start)..end.max(line_range.end),
                _ => line_range,
            };
            written.push(Written {
                kind: SuppressionKind::Inline,
                policies: directive.policies,
                reason: directive.reason,
                expires: directive.expires,
                file: file.path.clone(),
                line: Some(number + 1),
                scope: Scope::Span(scope),
            });
        }
    }
    for resource in &document.resources {
        let Some(Value::String(annotation)) = resource
            .values
            .pointer("/metadata/annotations")
            .and_then(|a| a.get(ANNOTATION))
        else {
            continue;
        };
        for entry in annotation
            .split([';', '\n'])
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
            let (policy, reason) = match entry.split_once('=') {
                Some((policy, reason)) => (
                    policy.trim(),
                    Some(reason.trim().to_string()).filter(|r| !r.is_empty()),
                ),
                None => (entry, None),
            };
            let file = &document.files[resource.file];
            let position = file.position(resource.spans.header.start);
            written.push(Written {
                kind: SuppressionKind::Annotation,
                policies: vec![policy.to_string()],
                reason,
                expires: None,
                file: file.path.clone(),
                line: Some(position.line),
                scope: Scope::Resource(resource.address.clone()),
            });
        }
    }
    written
}

/// Marks the findings of `document` that its inline comments and annotations silence.
pub fn apply_in_document(
    document: &Document,
    findings: &mut [Finding],
    settings: &SuppressionSettings,
    warnings: &mut Vec<Warning>,
) {
    let written = written_in(document);
    apply(&written, findings, settings, warnings, |w, f| {
        match &w.scope {
            // A comment in a called module's file silences the findings whose
            // trace passes there, whichever caller they are reported in.
            Scope::Span(range) => {
                let inside = |file: &str, span: &std::ops::Range<usize>| {
                    file == w.file
                        && span.start >= range.start
                        && span.end <= range.end.max(span.start)
                };
                inside(&f.file, &f.span)
                    || f.trace.iter().any(|step| inside(&step.file, &step.span))
            }
            Scope::Resource(address) => f.resource == *address,
        }
    });
}

/// Marks findings silenced by the configuration's `[[suppressions.rules]]`; paths are relative to `root`.
pub fn apply_config_rules(
    findings: &mut [Finding],
    settings: &SuppressionSettings,
    root: &Path,
    config_file: &str,
    cwd: Option<&Path>,
    warnings: &mut Vec<Warning>,
) {
    let root = std::path::absolute(root).ok();
    for (index, rule) in settings.rules.iter().enumerate() {
        let written = Written {
            kind: SuppressionKind::Config,
            policies: rule.policies.clone(),
            reason: Some(rule.reason.clone()),
            expires: rule.expires.clone(),
            file: config_file.to_string(),
            line: None,
            scope: Scope::Resource(String::new()),
        };
        let paths = PathFilter::new(&rule.paths);
        let matches = |f: &Finding| {
            let relative = match (&cwd, &root) {
                (Some(cwd), Some(root)) => cwd
                    .join(&f.file)
                    .strip_prefix(root)
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
                    .unwrap_or_else(|_| f.file.clone()),
                _ => f.file.clone(),
            };
            (paths.is_empty() || paths.matches(&relative))
                && (rule.resources.is_empty() || rule.resources.contains(&f.resource))
        };
        let before = warnings.len();
        apply(
            std::slice::from_ref(&written),
            findings,
            settings,
            warnings,
            |_, f| matches(f),
        );
        // Name the rule in its warnings, since it has no line of its own.
        for warning in &mut warnings[before..] {
            warning.message = format!("[[suppressions.rules]] #{}: {}", index + 1, warning.message);
        }
    }
}

/// Marks findings whose fingerprint is in the baseline.
pub fn apply_baseline(
    findings: &mut [Finding],
    fingerprints: &BTreeSet<String>,
    baseline_file: &str,
) {
    for finding in findings.iter_mut().filter(|f| f.suppression.is_none()) {
        if fingerprints.contains(&finding.fingerprint) {
            finding.suppression = Some(Suppression {
                kind: SuppressionKind::Baseline,
                reason: format!("recorded in the baseline {baseline_file}"),
                expires: None,
                file: Some(baseline_file.to_string()),
                line: None,
            });
        }
    }
}

fn apply(
    written: &[Written],
    findings: &mut [Finding],
    settings: &SuppressionSettings,
    warnings: &mut Vec<Warning>,
    covers: impl Fn(&Written, &Finding) -> bool,
) {
    let today = today();
    for suppression in written {
        let warn = |warnings: &mut Vec<Warning>, message: String| {
            warnings.push(Warning {
                file: suppression.file.clone(),
                line: suppression.line,
                message,
            });
        };
        if suppression.policies.is_empty() {
            warn(
                warnings,
                format!("`{MARKER}` names no policy id; it silences nothing"),
            );
            continue;
        }
        let inline = suppression.kind != SuppressionKind::Config;
        if inline && settings.require_reason && suppression.reason.is_none() {
            warn(
                warnings,
                format!(
                    "suppression of {} has no reason (add reason=\"...\"); it silences nothing",
                    suppression.policies.join(", ")
                ),
            );
            continue;
        }
        if let Some(expires) = &suppression.expires {
            match parse_date(expires) {
                None => {
                    warn(
                        warnings,
                        format!(
                            "expires={expires} is not a date (YYYY-MM-DD); the suppression silences nothing"
                        ),
                    );
                    continue;
                }
                Some(day) if day < today => {
                    warn(
                        warnings,
                        format!(
                            "suppression of {} expired on {expires}; the findings are reported again",
                            suppression.policies.join(", ")
                        ),
                    );
                    continue;
                }
                Some(_) => {}
            }
        }
        let mut used = false;
        for finding in findings.iter_mut() {
            if finding.suppression.is_some()
                || !suppression
                    .policies
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(&finding.policy_id))
                || !covers(suppression, finding)
            {
                continue;
            }
            if inline {
                let forbidden_area = finding
                    .areas
                    .iter()
                    .find(|a| settings.forbid_inline_areas.contains(a));
                if forbidden_area.is_some()
                    || settings
                        .forbid_inline_severities
                        .contains(&finding.severity)
                {
                    used = true;
                    warn(
                        warnings,
                        format!(
                            "the configuration forbids silencing {} ({}, {}) in the code; the finding is reported",
                            finding.policy_id,
                            finding.severity,
                            finding
                                .areas
                                .iter()
                                .map(|a| a.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                    continue;
                }
            }
            used = true;
            finding.suppression = Some(Suppression {
                kind: suppression.kind,
                reason: suppression.reason.clone().unwrap_or_default(),
                expires: suppression.expires.clone(),
                file: Some(suppression.file.clone()),
                line: suppression.line,
            });
        }
        if !used && settings.report_unused {
            warn(
                warnings,
                format!(
                    "suppression of {} silences nothing",
                    suppression.policies.join(", ")
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_parse_ids_reason_and_expiry() {
        let d = parse_directive(
            " SRM-AWS-S3-001,SRM-AWS-S3-002 reason=\"public website bucket\" expires=2027-03-31",
        );
        assert_eq!(d.policies, ["SRM-AWS-S3-001", "SRM-AWS-S3-002"]);
        assert_eq!(d.reason.as_deref(), Some("public website bucket"));
        assert_eq!(d.expires.as_deref(), Some("2027-03-31"));
        let d = parse_directive(" SRM-K8S-POD-001 SRM-K8S-POD-002 reason=legacy");
        assert_eq!(d.policies.len(), 2);
        assert_eq!(d.reason.as_deref(), Some("legacy"));
    }

    #[test]
    fn comments_are_found_after_hash_or_slashes() {
        assert_eq!(
            comment_start("  acl = \"public-read\" # srm-lint:ignore X"),
            Some(22)
        );
        assert_eq!(comment_start("// srm-lint:ignore X"), Some(0));
        assert_eq!(comment_start("description = \"srm-lint:ignore\""), None);
    }
}
