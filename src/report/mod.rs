//! The report model shared by every output format: findings, errors, skipped files and the summary.

pub mod baseline;
pub mod compact;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use crate::parse::SourceFile;
use crate::policy::Policy;
use crate::policy::metadata::{Area, Severity};

/// One violation, located in its file.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub policy_id: String,
    pub title: String,
    pub severity: Severity,
    pub areas: Vec<Area>,
    pub responsibility: &'static str,
    pub message: String,
    pub file: String,
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub resource: String,
    /// The attribute path the policy named, dotted (`metadata_options.0.http_tokens`).
    pub attribute: String,
    /// False when the attribute is missing and the span is its nearest existing ancestor.
    pub attribute_present: bool,
    pub fingerprint: String,
    /// Set when an inline comment, an annotation, the configuration or a baseline silences the finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suppression: Option<Suppression>,
    /// For a resource of a called module: the way the value took, tfvars line first,
    /// then the module arguments (outermost first), then the attribute in the module.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trace: Vec<TraceStep>,
    /// The document (module directory or manifest file) the finding came from.
    #[serde(skip)]
    pub document: String,
    #[serde(skip)]
    pub span: Range<usize>,
    #[serde(skip)]
    pub source: Arc<SourceFile>,
}

/// One related location of a finding (see [`Finding::trace`]).
#[derive(Debug, Clone, Serialize)]
pub struct TraceStep {
    pub file: String,
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: String,
    #[serde(skip)]
    pub span: Range<usize>,
    #[serde(skip)]
    pub source: Arc<SourceFile>,
}

/// Why a finding is silenced; suppressed findings stay in reports (JSON `suppressed`, SARIF `suppressions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    /// `inline` (a comment), `annotation` (Kubernetes), `config` (srm-lint.toml) or `baseline`.
    pub kind: &'static str,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// Where the suppression is written (file and line), when it is in a file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

/// Something worth knowing that does not change the exit code: an expired or unused suppression.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Warning {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub message: String,
}

/// A problem that stopped a file or a policy from being checked: exit code 2.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ToolError {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: String,
}

/// A file that was found but deliberately not linted, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub files_scanned: usize,
    pub documents: usize,
    pub findings_by_severity: BTreeMap<Severity, usize>,
    pub findings_by_area: BTreeMap<Area, usize>,
    pub skipped: Vec<Skipped>,
    /// Module instances evaluated (`module` blocks, each `count`/`for_each` instance once per caller).
    #[serde(skip_serializing_if = "is_zero")]
    pub module_instances: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// One policy run on one document (JUnit reports a test case for each).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Check {
    pub document: String,
    pub policy_id: String,
}

/// Everything a run found, sorted so that output is deterministic.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub version: &'static str,
    pub findings: Vec<Finding>,
    /// Findings silenced by a suppression or the baseline, with the reason.
    pub suppressed: Vec<Finding>,
    pub errors: Vec<ToolError>,
    pub warnings: Vec<Warning>,
    pub summary: Summary,
    #[serde(skip)]
    pub checks: Vec<Check>,
}

impl Report {
    /// Sorts everything and computes the summary counts.
    pub fn finish(&mut self) {
        self.version = env!("CARGO_PKG_VERSION");
        // Suppressed findings live apart: they neither count nor fail the run.
        let (suppressed, active): (Vec<Finding>, Vec<Finding>) = std::mem::take(&mut self.findings)
            .into_iter()
            .partition(|f| f.suppression.is_some());
        self.findings = active;
        self.suppressed.extend(suppressed);
        sort_findings(&mut self.suppressed);
        self.warnings.sort();
        self.warnings.dedup();
        sort_findings(&mut self.findings);
        self.errors.sort();
        self.errors.dedup();
        self.checks.sort();
        self.checks.dedup();
        self.summary.skipped.sort();
        self.summary.findings_by_severity.clear();
        self.summary.findings_by_area.clear();
        for finding in &self.findings {
            *self
                .summary
                .findings_by_severity
                .entry(finding.severity)
                .or_default() += 1;
            for area in &finding.areas {
                *self.summary.findings_by_area.entry(*area).or_default() += 1;
            }
        }
    }

    /// 2 when anything could not be checked, 1 when a finding reaches `fail_on`, else 0.
    pub fn exit_code(&self, fail_on: Severity) -> u8 {
        if !self.errors.is_empty() {
            2
        } else if self.findings.iter().any(|f| f.severity >= fail_on) {
            1
        } else {
            0
        }
    }
}

/// The output formats; each has its own module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
    Markdown,
    Compact,
}

/// Renders `report` in `format`; `policies` are those that ran (rule metadata for SARIF and links).
pub fn render(
    format: OutputFormat,
    report: &Report,
    policies: &[Policy],
    human: human::HumanOptions,
) -> String {
    match format {
        OutputFormat::Human => human::render(report, policies, human),
        OutputFormat::Json => json::render(report),
        OutputFormat::Sarif => sarif::render(report, policies),
        OutputFormat::Github => github::render(report),
        OutputFormat::Junit => junit::render(report),
        OutputFormat::Markdown => markdown::render(report, policies),
        OutputFormat::Compact => compact::render(report),
    }
}

/// Sorts by file, position, policy, resource and attribute, and drops exact duplicates.
fn sort_findings(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        (
            &a.file,
            a.start_line,
            a.start_column,
            &a.policy_id,
            &a.resource,
            &a.attribute,
        )
            .cmp(&(
                &b.file,
                b.start_line,
                b.start_column,
                &b.policy_id,
                &b.resource,
                &b.attribute,
            ))
    });
    // The same finding twice (a plan and the configuration beside it both
    // linted, each locating it on the same attribute) is reported once: the
    // first, from the configuration, whose fingerprint does not depend on a plan file.
    findings.dedup_by(|a, b| {
        (a.fingerprint == b.fingerprint && a.start_line == b.start_line)
            || (a.file == b.file
                && (a.start_line, a.start_column, a.end_line, a.end_column)
                    == (b.start_line, b.start_column, b.end_line, b.end_column)
                && a.policy_id == b.policy_id
                && a.resource == b.resource
                && a.message == b.message)
    });
}
