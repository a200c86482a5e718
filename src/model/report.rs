//! The report: findings located in their files, suppressions, warnings, errors, skipped files and the summary.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use super::fix::Fix;
use super::responsibility::ResponsibilitySummary;
use super::source::SourceFile;
use super::taxonomy::{Area, Responsibility, Severity};

/// One violation, located in its file.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub policy_id: String,
    pub title: String,
    pub severity: Severity,
    pub areas: Vec<Area>,
    pub responsibility: Responsibility,
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
    /// What `--fix` would change, when the policy gives a fix for this finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
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

/// Where a suppression is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SuppressionKind {
    /// A `# srm-lint:ignore` comment.
    Inline,
    /// The `srm-lint.dev/ignore` annotation of a Kubernetes object.
    Annotation,
    /// A `[[suppressions]]` rule of srm-lint.toml.
    Config,
    /// The baseline file.
    Baseline,
}

impl SuppressionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SuppressionKind::Inline => "inline",
            SuppressionKind::Annotation => "annotation",
            SuppressionKind::Config => "config",
            SuppressionKind::Baseline => "baseline",
        }
    }
}

/// Why a finding is silenced; suppressed findings stay in reports (JSON `suppressed`, SARIF `suppressions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    pub kind: SuppressionKind,
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

impl ToolError {
    /// `file:line:column`, as much of it as is known.
    pub fn location(&self) -> String {
        location(&self.file, self.line, self.column)
    }
}

impl std::fmt::Display for ToolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location(), self.message)
    }
}

impl std::error::Error for ToolError {}

impl Warning {
    /// `file:line`, or the file alone.
    pub fn location(&self) -> String {
        location(&self.file, self.line, None)
    }
}

/// `file`, `file:line` or `file:line:column`: how errors and warnings name their place.
pub fn location(file: &str, line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!("{file}:{line}:{column}"),
        (Some(line), None) => format!("{file}:{line}"),
        _ => file.to_string(),
    }
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
    /// The service models in use and how the customer's duties were checked.
    pub responsibility: ResponsibilitySummary,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// One policy run on one document (JUnit reports a test case for each), with
/// how many resources it judged and passed, and how many it could not judge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Check {
    pub document: String,
    pub policy_id: String,
    pub passed: usize,
    pub not_judged: usize,
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
    /// Resources by input type (`aws_s3_bucket`, `data.aws_ami`, `Deployment`) in the documents linted.
    #[serde(skip)]
    pub resource_types: BTreeMap<String, usize>,
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
        // The same policy on the same document twice (a plan and its configuration
        // named together are two documents, so this is only an exact repeat).
        self.checks
            .dedup_by(|a, b| a.document == b.document && a.policy_id == b.policy_id);
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

    /// An error when anything could not be checked, findings when one reaches `fail_on`, else clean.
    pub fn exit_status(&self, fail_on: Severity) -> ExitStatus {
        if !self.errors.is_empty() {
            ExitStatus::Error
        } else if self.findings.iter().any(|f| f.severity >= fail_on) {
            ExitStatus::Findings
        } else {
            ExitStatus::Clean
        }
    }
}

/// How a run ended, as the process exit code tells it: ordered, so the worst of several outcomes is the `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum ExitStatus {
    /// Nothing at or above `--fail-on` (exit 0).
    #[default]
    Clean,
    /// Findings at or above `--fail-on`, or failed policy unit tests (exit 1).
    Findings,
    /// Something could not be checked: a bad file, a bad policy, bad arguments (exit 2).
    Error,
}

impl ExitStatus {
    /// The process exit code: 0, 1 or 2.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Clean => 0,
            ExitStatus::Findings => 1,
            ExitStatus::Error => 2,
        }
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
        (a.fingerprint == b.fingerprint && a.start_line == b.start_line && a.message == b.message)
            || (a.file == b.file
                && (a.start_line, a.start_column, a.end_line, a.end_column)
                    == (b.start_line, b.start_column, b.end_line, b.end_column)
                && a.policy_id == b.policy_id
                && a.resource == b.resource
                && a.message == b.message)
    });
}
