//! `--format markdown`: a report for pull-request comments and the GitHub step summary.

use std::fmt::Write as _;

use crate::model::{Report, Severity};
use crate::policy::Policy;

/// GitHub refuses comments over 65,536 characters; stop listing findings well before.
const MAX_LENGTH: usize = 60_000;

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The summary tables only: counts by severity and by area.
pub fn summary(report: &Report) -> String {
    let mut out = String::new();
    let total = report.findings.len();
    let _ = writeln!(
        out,
        "## srm-lint: {} finding{}{}\n",
        total,
        if total == 1 { "" } else { "s" },
        if report.errors.is_empty() {
            String::new()
        } else {
            format!(", {} error(s)", report.errors.len())
        }
    );
    if total > 0 {
        out.push_str("| severity | findings |\n|---|---:|\n");
        for severity in Severity::ALL {
            if let Some(count) = report.summary.findings_by_severity.get(&severity) {
                let _ = writeln!(out, "| {severity} | {count} |");
            }
        }
        out.push_str("\n| shared-responsibility area | findings |\n|---|---:|\n");
        for (area, count) in &report.summary.findings_by_area {
            let _ = writeln!(out, "| {} (`{}`) | {count} |", area.title(), area.as_str());
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{} file(s) scanned, {} document(s), {} skipped, {} finding(s) suppressed.\n",
        report.summary.files_scanned,
        report.summary.documents,
        report.summary.skipped.len(),
        report.suppressed.len()
    );
    out
}

pub fn render(report: &Report, policies: &[Policy]) -> String {
    let mut out = summary(report);
    if !report.findings.is_empty() {
        out.push_str("<details open><summary>Findings</summary>\n\n");
        out.push_str(
            "| severity | policy | location | resource | message |\n|---|---|---|---|---|\n",
        );
        let mut listed = 0;
        for finding in &report.findings {
            if out.len() > MAX_LENGTH {
                break;
            }
            let policy = policies.iter().find(|p| p.id() == finding.policy_id);
            let id = match policy {
                Some(p) => format!("[{}]({})", finding.policy_id, p.docs_url()),
                None => finding.policy_id.clone(),
            };
            let _ = writeln!(
                out,
                "| {} | {id} | `{}:{}` | `{}` | {} |",
                finding.severity,
                cell(&finding.file),
                finding.start_line,
                cell(&finding.resource),
                cell(&finding.message)
            );
            listed += 1;
        }
        if listed < report.findings.len() {
            let _ = writeln!(
                out,
                "\n{} more finding(s) not listed; see the full report.",
                report.findings.len() - listed
            );
        }
        out.push_str("\n</details>\n");
    }
    if !report.errors.is_empty() {
        out.push_str("\n### Errors\n\n| file | line | message |\n|---|---:|---|\n");
        for error in &report.errors {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} |",
                cell(&error.file),
                error.line.map(|l| l.to_string()).unwrap_or_default(),
                cell(&error.message)
            );
        }
    }
    out
}
