//! Printers: the report in each output format, one module per format.

pub mod compact;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use crate::model::Report;
use crate::policy::Policy;

/// The output formats; each has its own module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
    Markdown,
    Compact,
}

impl OutputFormat {
    pub const ALL: [OutputFormat; 7] = [
        OutputFormat::Human,
        OutputFormat::Json,
        OutputFormat::Sarif,
        OutputFormat::Github,
        OutputFormat::Junit,
        OutputFormat::Markdown,
        OutputFormat::Compact,
    ];

    /// The name users write (`--format sarif`).
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Human => "human",
            OutputFormat::Json => "json",
            OutputFormat::Sarif => "sarif",
            OutputFormat::Github => "github",
            OutputFormat::Junit => "junit",
            OutputFormat::Markdown => "markdown",
            OutputFormat::Compact => "compact",
        }
    }
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
