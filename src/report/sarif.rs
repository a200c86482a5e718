//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::{Value, json};

use crate::model::{Finding, Report, Severity, SuppressionKind};
use crate::policy::Policy;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI: &str = "https://github.com/srm-lint/srm-lint";

/// SARIF `level` for a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// GitHub's `security-severity`: > 9 critical, 7–8.9 high, 4–6.9 medium, 0.1–3.9 low.
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

/// A rule's name in SARIF is an identifier: the title in PascalCase.
fn rule_name(title: &str) -> String {
    title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn rule(policy: &Policy) -> Value {
    let metadata = &policy.metadata;
    let custom = &metadata.custom;
    let mut tags: Vec<String> = vec!["security".into()];
    tags.extend(custom.areas.iter().map(|a| a.as_str().to_string()));
    for (framework, controls) in &custom.frameworks {
        tags.extend(controls.iter().map(|c| format!("{framework}/{c}")));
    }
    let markdown = format!(
        "**{}**\n\n{}\n\n**Remediation.** {}\n\nAreas: {} · severity: {} · responsibility: {}\n\n[Documentation]({})",
        metadata.title,
        metadata.description.trim(),
        custom.remediation.trim(),
        custom
            .areas
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        custom.severity,
        custom.responsibility.as_str(),
        policy.docs_url()
    );
    json!({
        "id": custom.id,
        "name": rule_name(&metadata.title),
        "shortDescription": {"text": metadata.title},
        "fullDescription": {"text": metadata.description.trim()},
        "help": {"text": custom.remediation.trim(), "markdown": markdown},
        "helpUri": policy.docs_url(),
        "defaultConfiguration": {"level": level(custom.severity)},
        "properties": {
            "tags": tags,
            "precision": "high",
            "problem.severity": level(custom.severity),
            "security-severity": security_severity(custom.severity),
        },
    })
}

fn region(finding: &Finding) -> Value {
    // SARIF's endColumn is the column after the last character; ours is inclusive.
    json!({
        "startLine": finding.start_line,
        "startColumn": finding.start_column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column + 1,
    })
}

fn uri(path: &str) -> String {
    super::escape::uri_path(path)
}

fn result(finding: &Finding, rule_index: Option<usize>) -> Value {
    let mut result = json!({
        "ruleId": finding.policy_id,
        "level": level(finding.severity),
        "message": {"text": finding.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": uri(&finding.file)},
                "region": region(finding),
            },
            "logicalLocations": [{"fullyQualifiedName": finding.resource, "kind": "resource"}],
        }],
        "partialFingerprints": {"srmLintFingerprint/v1": finding.fingerprint},
        "properties": {
            "severity": finding.severity,
            "areas": finding.areas,
            "responsibility": finding.responsibility,
        },
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = json!(index);
    }
    if let Some(fix) = finding
        .fix
        .as_ref()
        .filter(|f| f.applicable && !f.edits.is_empty())
    {
        // One artifactChange per file, its replacements in file order (SARIF 3.55).
        let mut by_file: Vec<(&str, Vec<Value>)> = Vec::new();
        for edit in &fix.edits {
            let replacement = json!({
                "deletedRegion": {
                    "startLine": edit.start_line,
                    "startColumn": edit.start_column,
                    "endLine": edit.end_line,
                    "endColumn": edit.end_column,
                },
                "insertedContent": {"text": edit.new_text},
            });
            match by_file.iter_mut().find(|(file, _)| *file == edit.file) {
                Some((_, list)) => list.push(replacement),
                None => by_file.push((&edit.file, vec![replacement])),
            }
        }
        result["fixes"] = json!([{
            "description": {"text": format!("{} fix of {}", fix.safety.as_str(), finding.policy_id)},
            "artifactChanges": by_file
                .into_iter()
                .map(|(file, replacements)| json!({
                    "artifactLocation": {"uri": uri(file)},
                    "replacements": replacements,
                }))
                .collect::<Vec<Value>>(),
        }]);
    }
    if !finding.trace.is_empty() {
        // The way a value took into a called module: tfvars, module arguments, the attribute.
        result["relatedLocations"] = finding
            .trace
            .iter()
            .enumerate()
            .map(|(id, step)| {
                json!({
                    "id": id,
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&step.file)},
                        "region": {
                            "startLine": step.start_line,
                            "startColumn": step.start_column,
                            "endLine": step.end_line,
                            "endColumn": step.end_column + 1,
                        },
                    },
                    "message": {"text": step.message},
                })
            })
            .collect();
    }
    if let Some(suppression) = &finding.suppression {
        // In-source: a comment or annotation in the scanned file; external: configuration or baseline.
        let kind = if matches!(
            suppression.kind,
            SuppressionKind::Inline | SuppressionKind::Annotation
        ) {
            "inSource"
        } else {
            "external"
        };
        result["suppressions"] = json!([{
            "kind": kind,
            "status": "accepted",
            "justification": suppression.reason,
        }]);
    }
    result
}

/// One SARIF log with one run: the policies as rules, findings (suppressed ones too) as results,
/// errors and warnings as notifications; built as one JSON value, serialised straight to `out`.
pub fn write(report: &Report, policies: &[Policy], out: &mut impl Write) -> io::Result<()> {
    let rules: Vec<Value> = policies.iter().map(rule).collect();
    let index: BTreeMap<&str, usize> = policies
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id(), i))
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .chain(&report.suppressed)
        .map(|f| result(f, index.get(f.policy_id.as_str()).copied()))
        .collect();
    let notifications: Vec<Value> = report
        .errors
        .iter()
        .map(|error| {
            let mut location =
                json!({"physicalLocation": {"artifactLocation": {"uri": uri(&error.file)}}});
            if let Some(line) = error.line {
                location["physicalLocation"]["region"] =
                    json!({"startLine": line, "startColumn": error.column.unwrap_or(1)});
            }
            json!({"level": "error", "message": {"text": error.message}, "locations": [location]})
        })
        .chain(report.warnings.iter().map(|warning| {
            let mut location = json!({"physicalLocation": {"artifactLocation": {"uri": uri(&warning.file)}}});
            if let Some(line) = warning.line {
                location["physicalLocation"]["region"] = json!({"startLine": line});
            }
            json!({"level": "warning", "message": {"text": warning.message}, "locations": [location]})
        }))
        .collect();
    let sarif = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "srm-lint",
                "version": report.version,
                "semanticVersion": report.version,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": report.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &sarif)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_pascal_case_identifiers() {
        assert_eq!(
            rule_name("S3 bucket is not encrypted at rest"),
            "S3BucketIsNotEncryptedAtRest"
        );
        assert_eq!(
            rule_name("Pod uses host-network (v1)"),
            "PodUsesHostNetworkV1"
        );
    }
}
