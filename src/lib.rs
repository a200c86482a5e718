//! srm-lint: a fast, offline policy-as-code linter for Terraform and Kubernetes, organised around the shared-responsibility model.
//!
//! The pipeline, one module a stage (see `ARCHITECTURE.md`):
//!
//! 1. `input` finds the files under the given paths, reads them as text and
//!    parses Terraform (modules evaluated, plans read) and Kubernetes manifests
//!    into [`Document`]s of the `model`, every value with its source span;
//!    `secrets` finds the credentials written in each document's files,
//!    lists them for policies and masks them in the files;
//! 2. `engine` evaluates the `policy` set on each document and locates every
//!    result (resource + attribute path) as a [`Finding`] with a span and a trace;
//! 3. `suppress` marks what inline comments, the configuration and the baseline silence;
//! 4. `run` drives the stages in parallel and gives one sorted [`Report`];
//! 5. `report` prints it in the chosen format; `cli` is the command line around it all.
//!
//! The modules are private; this list is the library's whole surface, what
//! the binary, the tests and the benches use.

mod cli;
mod config;
mod engine;
mod fix;
mod input;
mod model;
mod policy;
mod report;
mod run;
mod secrets;
mod server;
mod suppress;
mod yaml;

#[doc(hidden)]
pub mod fuzzing;

pub use cli::main;
pub use engine::Runner;
pub use engine::testing::{TestOutcome, TestRun, run_tests};
pub use model::{
    Area, Document, ExitStatus, Finding, Format, Limits, Report, Severity, Skipped, Summary,
    Suppression, SuppressionKind, ToolError, TraceStep, Warning,
};
pub use policy::{Policy, PolicySet, catalogue};
pub use report::human::HumanOptions;
pub use report::{OutputFormat, render, write};
pub use run::{
    ConfigSource, FixOptions, FixOutcome, LintOptions, Linter, RunError, lint, unified_diff,
};
pub use yaml::{YamlDocument, YamlError, parse_documents};
