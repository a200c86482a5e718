//! The command line as clap reads it: subcommands, flags and value-enum wrappers around the model's enums.

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::{Area, ServiceModel, Severity};
use crate::report::OutputFormat;

#[derive(Debug, Parser)]
#[command(
    name = "srm-lint",
    version,
    about = "Lint Terraform and Kubernetes against the customer side of the cloud shared-responsibility model",
    args_conflicts_with_subcommands = true,
    after_help = "Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 an error (bad file, bad policy, bad arguments).\nA folder named like a command (policies, explain, test) is linted as ./policies."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub check: CheckArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the policies (the catalogue), filtered by area or provider.
    Policies(PoliciesArgs),
    /// Show the full documentation of one policy.
    Explain {
        /// Policy id, e.g. SRM-AWS-S3-001.
        id: String,
        #[arg(long = "policy-dir", value_name = "DIR")]
        policy_dirs: Vec<PathBuf>,
    },
    /// Record the current findings in a baseline file (default .srm-lint-baseline.json, set with --output).
    Baseline(Box<CheckArgs>),
    /// Write a commented starter srm-lint.toml.
    Init {
        #[arg(default_value = "srm-lint.toml")]
        path: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Show the shared-responsibility matrix: who owns each duty under each service model, and why.
    Matrix(MatrixArgs),
    /// Run the language server (LSP over standard input and output) for editors.
    Server,
    /// Run the Rego unit tests (*_test.rego, rules test_*) of a policy folder, like `opa test`.
    Test {
        /// Policy folders (default: policies).
        #[arg(default_value = "policies")]
        dirs: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CatalogueFormat {
    Human,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct MatrixArgs {
    /// Only this service model (repeatable).
    #[arg(long = "service-model", value_enum, value_name = "MODEL")]
    pub service_models: Vec<ServiceModelArg>,
    #[arg(long, value_enum, default_value = "human")]
    pub format: CatalogueFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and folders to lint (default: .); `-` reads Kubernetes manifests from standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format: human, json, sarif, github, junit, markdown, compact or html; `FORMAT=FILE`
    /// writes that format to a file (repeatable: several formats in one run).
    #[arg(long = "format", value_name = "FORMAT[=FILE]", value_parser = parse_format_spec)]
    pub formats: Vec<FormatSpec>,
    /// Write the report to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with 1 when a finding has at least this severity [default: low, or the configuration's].
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<SeverityArg>,
    /// The configuration file [default: srm-lint.toml found upward from the first path].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any srm-lint.toml.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
    /// Report only findings that are not in this baseline (see `srm-lint baseline`).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Report suppressions that silence nothing.
    #[arg(long)]
    pub report_unused_ignores: bool,
    /// A Terraform variable file for every module, as `terraform -var-file` (repeatable).
    #[arg(long = "var-file", value_name = "FILE")]
    pub var_files: Vec<PathBuf>,
    /// A Terraform variable, as `terraform -var NAME=VALUE` (repeatable).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub vars: Vec<String>,
    /// Only run policies of these areas (repeatable).
    #[arg(long = "area", value_enum, value_name = "AREA")]
    pub areas: Vec<AreaArg>,
    /// Only run these policies (repeatable).
    #[arg(long = "policy", value_name = "ID")]
    pub policies: Vec<String>,
    /// Only run policies mapped to this compliance framework, e.g. cis-aws-3.0 or
    /// nist-800-53, and report its controls (repeatable).
    #[arg(long = "framework", value_name = "ID")]
    pub frameworks: Vec<String>,
    /// Also load the policies of this folder (repeatable).
    #[arg(long = "policy-dir", value_name = "DIR")]
    pub policy_dirs: Vec<PathBuf>,
    /// Leave out paths matching this gitignore-style glob (repeatable).
    #[arg(long = "exclude", value_name = "GLOB")]
    pub excludes: Vec<String>,
    /// Colour in human output (auto: only on a terminal and without NO_COLOR).
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// List every skipped file in human output.
    #[arg(short, long)]
    pub verbose: bool,
    /// Also list, as warnings, every resource attribute whose value stayed unknown
    /// (a reference, a data source, a variable without value): what policies could not judge.
    #[arg(long)]
    pub strict: bool,
    /// Raise or lower a budget, NAME=VALUE (repeatable): policy-time and deadline in seconds;
    /// eval-values, string-bytes, collection-elements, instances as counts. See the README.
    #[arg(long = "limit", value_name = "NAME=VALUE")]
    pub limits: Vec<String>,
    /// Apply the policies' safe fixes to the files, then report what remains.
    #[arg(long)]
    pub fix: bool,
    /// With --fix or --diff: also apply unsafe fixes (they may break a workload or replace a resource).
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print a unified diff of what --fix would change and write nothing (exit 1 when there is a diff).
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
    /// With --fix or --diff: only the fixes of this policy (id or prefix ending in `*`; repeatable).
    #[arg(long = "fix-only", value_name = "ID")]
    pub fix_only: Vec<String>,
    /// A folder outside the current directory and the scanned paths that Terraform
    /// module sources may lead into (repeatable); others are not read.
    #[arg(long = "allow-outside", value_name = "DIR")]
    pub allow_outside: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PoliciesArgs {
    #[arg(long, value_enum, default_value = "human")]
    pub format: CatalogueFormat,
    /// Only policies of this area (repeatable).
    #[arg(long = "area", value_enum)]
    pub areas: Vec<AreaArg>,
    /// Only policies of this provider: aws, azure, google, kubernetes, terraform (repeatable).
    #[arg(long = "provider")]
    pub providers: Vec<String>,
    #[arg(long = "policy-dir", value_name = "DIR")]
    pub policy_dirs: Vec<PathBuf>,
}

/// One requested output: a format, and the file it goes to (standard output when `None`).
#[derive(Debug, Clone)]
pub struct FormatSpec {
    pub format: OutputFormat,
    pub file: Option<PathBuf>,
}

/// Reads `FORMAT` or `FORMAT=FILE` (from `--format` or the configuration's `format`).
pub fn parse_format_spec(text: &str) -> Result<FormatSpec, String> {
    let (name, file) = match text.split_once('=') {
        Some((name, file)) if !file.is_empty() => (name, Some(PathBuf::from(file))),
        Some((name, _)) => return Err(format!("`{name}=` needs a file name after `=`")),
        None => (text, None),
    };
    let format = OutputFormat::ALL
        .into_iter()
        .find(|f| f.name().eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            let names: Vec<&str> = OutputFormat::ALL.iter().map(|f| f.name()).collect();
            format!(
                "invalid value `{name}`: expected one of {}",
                names.join(", ")
            )
        })?;
    Ok(FormatSpec { format, file })
}

impl FormatSpec {
    /// A file named in the configuration is relative to the configuration's folder.
    pub fn relative_to(mut self, root: &std::path::Path) -> FormatSpec {
        self.file = self
            .file
            .map(|f| if f.is_absolute() { f } else { root.join(f) });
        self
    }
}

/// `--fail-on` values: the model's [`Severity`], named for clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeverityArg(pub Severity);

impl ValueEnum for SeverityArg {
    fn value_variants<'a>() -> &'a [Self] {
        // Mildest first, as `--help` lists them.
        &[
            SeverityArg(Severity::Info),
            SeverityArg(Severity::Low),
            SeverityArg(Severity::Medium),
            SeverityArg(Severity::High),
            SeverityArg(Severity::Critical),
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.as_str()))
    }
}

/// `--area` values: the model's [`Area`], named for clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaArg(pub Area);

impl ValueEnum for AreaArg {
    fn value_variants<'a>() -> &'a [Self] {
        const VARIANTS: [AreaArg; 8] = {
            let mut out = [AreaArg(Area::Iam); 8];
            let mut index = 0;
            while index < 8 {
                out[index] = AreaArg(Area::ALL[index]);
                index += 1;
            }
            out
        };
        &VARIANTS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.as_str()))
    }
}

/// `--service-model` values: the model's [`ServiceModel`], named for clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceModelArg(pub ServiceModel);

impl ValueEnum for ServiceModelArg {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            ServiceModelArg(ServiceModel::Iaas),
            ServiceModelArg(ServiceModel::Caas),
            ServiceModelArg(ServiceModel::Paas),
            ServiceModelArg(ServiceModel::Faas),
            ServiceModelArg(ServiceModel::Saas),
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.as_str()))
    }
}

/// The model's areas of a list of `--area` values.
pub fn areas(args: &[AreaArg]) -> Vec<Area> {
    args.iter().map(|a| a.0).collect()
}
