//! Command-line interface: argument parsing and the commands `check` (default), `policies`, `explain` and `test`.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::engine::Engine;
use crate::policy::metadata::{Area, Severity};
use crate::policy::{PolicySet, catalogue, testing};
use crate::report::human::HumanOptions;
use crate::report::{self, OutputFormat, Report, ToolError, markdown};
use crate::scan::{self, ScanOptions};

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
    command: Option<Command>,
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the policies (the catalogue), filtered by area or provider.
    Policies(PoliciesArgs),
    /// Show the full documentation of one policy.
    Explain {
        /// Policy id, e.g. SRM-AWS-S3-001.
        id: String,
        #[arg(long = "policy-dir", value_name = "DIR")]
        policy_dirs: Vec<PathBuf>,
    },
    /// Run the Rego unit tests (*_test.rego, rules test_*) of a policy folder, like `opa test`.
    Test {
        /// Policy folders (default: policies).
        #[arg(default_value = "policies")]
        dirs: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CatalogueFormat {
    Human,
    Json,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Files and folders to lint (default: .); `-` reads Kubernetes manifests from standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format: human, json, sarif, github, junit, markdown or compact; `FORMAT=FILE`
    /// writes that format to a file (repeatable: several formats in one run).
    #[arg(long = "format", value_name = "FORMAT[=FILE]", value_parser = parse_format_spec)]
    formats: Vec<FormatSpec>,
    /// Write the report to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit with 1 when a finding has at least this severity.
    #[arg(long, value_enum, default_value = "low", value_name = "SEVERITY")]
    fail_on: Severity,
    /// Only run policies of these areas (repeatable).
    #[arg(long = "area", value_enum, value_name = "AREA")]
    areas: Vec<Area>,
    /// Only run these policies (repeatable).
    #[arg(long = "policy", value_name = "ID")]
    policies: Vec<String>,
    /// Also load the policies of this folder (repeatable).
    #[arg(long = "policy-dir", value_name = "DIR")]
    policy_dirs: Vec<PathBuf>,
    /// Leave out paths matching this gitignore-style glob (repeatable).
    #[arg(long = "exclude", value_name = "GLOB")]
    excludes: Vec<String>,
    /// Colour in human output (auto: only on a terminal and without NO_COLOR).
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
    /// List every skipped file in human output.
    #[arg(short, long)]
    verbose: bool,
}

#[derive(Debug, Args)]
struct PoliciesArgs {
    #[arg(long, value_enum, default_value = "human")]
    format: CatalogueFormat,
    /// Only policies of this area (repeatable).
    #[arg(long = "area", value_enum)]
    areas: Vec<Area>,
    /// Only policies of this provider: aws, azure, google, kubernetes (repeatable).
    #[arg(long = "provider")]
    providers: Vec<String>,
    #[arg(long = "policy-dir", value_name = "DIR")]
    policy_dirs: Vec<PathBuf>,
}

/// Parses the arguments and runs the command; the binary is only this call.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Policies(args)) => list_policies(&args),
        Some(Command::Explain { id, policy_dirs }) => explain(&id, &policy_dirs),
        Some(Command::Test { dirs }) => run_tests(&dirs),
        None => check(cli.check),
    };
    ExitCode::from(code)
}

fn print(text: &str) -> u8 {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`srm-lint | head`) is not an error worth a panic.
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("srm-lint: cannot write output: {e}");
            2
        }
    }
}

fn load_errors_as_tool_errors(set: &PolicySet) -> Vec<ToolError> {
    set.errors
        .iter()
        .map(|e| ToolError {
            file: e.file.clone(),
            line: None,
            column: None,
            message: format!("invalid policy: {}", e.message),
        })
        .collect()
}

fn check(args: CheckArgs) -> u8 {
    let mut set = PolicySet::load(&args.policy_dirs);
    let mut load_errors = load_errors_as_tool_errors(&set);
    for id in &args.policies {
        if set.find(id).is_none() {
            eprintln!("srm-lint: unknown policy id `{id}` (see `srm-lint policies`)");
            return 2;
        }
    }
    set.retain_selected(&args.policies, &args.areas);
    let (engine, compile_errors) = Engine::new(&set);
    load_errors.extend(compile_errors.into_iter().map(|e| ToolError {
        file: e.file,
        line: None,
        column: None,
        message: format!("invalid policy: {}", e.message),
    }));

    let mut paths = args.paths.clone();
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let stdin = if paths.iter().any(|p| p.as_os_str() == "-") {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("srm-lint: cannot read standard input: {e}");
            return 2;
        }
        Some(text)
    } else {
        None
    };
    let stdout_formats = args.formats.iter().filter(|s| s.file.is_none()).count();
    if stdout_formats > 1 {
        eprintln!(
            "srm-lint: only one --format can go to standard output; give the others a file: --format sarif=report.sarif"
        );
        return 2;
    }
    let options = ScanOptions {
        paths,
        excludes: args.excludes.clone(),
    };
    let mut report = scan::scan(&options, &engine, stdin);
    report.errors.extend(load_errors);
    report.finish();

    let written = write_reports(&args, &report, &engine);
    report.exit_code(args.fail_on).max(written)
}

/// One requested output: a format, and the file it goes to (standard output when `None`).
#[derive(Debug, Clone)]
struct FormatSpec {
    format: OutputFormat,
    file: Option<PathBuf>,
}

fn parse_format_spec(text: &str) -> Result<FormatSpec, String> {
    let (name, file) = match text.split_once('=') {
        Some((name, file)) if !file.is_empty() => (name, Some(PathBuf::from(file))),
        Some((name, _)) => return Err(format!("`{name}=` needs a file name after `=`")),
        None => (text, None),
    };
    let format = OutputFormat::from_str(name, true).map_err(|_| {
        format!("invalid value `{name}`: expected one of human, json, sarif, github, junit, markdown, compact")
    })?;
    Ok(FormatSpec { format, file })
}

/// Writes every requested report; 2 when one could not be written.
fn write_reports(args: &CheckArgs, report: &Report, engine: &Engine) -> u8 {
    let mut specs = args.formats.clone();
    if specs.iter().all(|s| s.file.is_some()) {
        // Without a format for standard output, people still want to see what happened.
        specs.push(FormatSpec {
            format: OutputFormat::Human,
            file: None,
        });
    }
    let mut status = 0;
    for spec in &specs {
        let file = spec.file.clone().or_else(|| args.output.clone());
        let color = file.is_none()
            && match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
        let options = HumanOptions {
            color,
            verbose: args.verbose,
        };
        let text = report::render(spec.format, report, engine.policies(), options);
        let result = match &file {
            Some(path) => std::fs::write(path, text)
                .map_err(|e| format!("cannot write {}: {e}", path.display())),
            None => match print(&text) {
                0 => Ok(()),
                _ => Err("cannot write to standard output".to_string()),
            },
        };
        if let Err(message) = result {
            eprintln!("srm-lint: {message}");
            status = 2;
        }
        if spec.format == OutputFormat::Github {
            status = status.max(write_step_summary(report));
        }
    }
    status
}

/// Appends the Markdown summary to `$GITHUB_STEP_SUMMARY` when GitHub Actions provides it.
fn write_step_summary(report: &Report) -> u8 {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return 0;
    };
    let appended = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(markdown::summary(report).as_bytes()));
    match appended {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("srm-lint: cannot write the step summary: {e}");
            2
        }
    }
}

fn list_policies(args: &PoliciesArgs) -> u8 {
    let mut set = PolicySet::load(&args.policy_dirs);
    for error in &set.errors {
        eprintln!("srm-lint: {}: {}", error.file, error.message);
    }
    set.retain_selected(&[], &args.areas);
    set.policies.retain(|p| {
        args.providers.is_empty()
            || args
                .providers
                .iter()
                .any(|x| x.eq_ignore_ascii_case(p.provider()))
    });
    let text = match args.format {
        CatalogueFormat::Human => catalogue::table(&set.policies),
        CatalogueFormat::Json => {
            serde_json::to_string_pretty(&catalogue::json(&set.policies)).unwrap_or_default() + "\n"
        }
        CatalogueFormat::Markdown => catalogue::markdown(&set.policies),
    };
    let written = print(&text);
    if set.errors.is_empty() { written } else { 2 }
}

fn explain(id: &str, policy_dirs: &[PathBuf]) -> u8 {
    let set = PolicySet::load(policy_dirs);
    match set.find(id) {
        Some(policy) => {
            let text = format!(
                "{}\n\n{}docs: {}\n",
                policy.id(),
                catalogue::details(policy),
                policy.docs_url()
            );
            print(&text)
        }
        None => {
            eprintln!("srm-lint: no policy `{id}` (see `srm-lint policies`)");
            2
        }
    }
}

fn run_tests(dirs: &[PathBuf]) -> u8 {
    let mut passed = 0;
    let mut failed = 0;
    let mut out = String::new();
    for dir in dirs {
        let run = testing::run_tests(dir);
        for outcome in &run.outcomes {
            if outcome.passed {
                out.push_str(&format!("PASS {} ({})\n", outcome.name, outcome.file));
            } else {
                out.push_str(&format!(
                    "FAIL {} ({}){}\n",
                    outcome.name,
                    outcome.file,
                    outcome
                        .detail
                        .as_deref()
                        .map(|d| format!(": {d}"))
                        .unwrap_or_default()
                ));
            }
        }
        for problem in &run.problems {
            out.push_str(&format!("FAIL {problem}\n"));
        }
        passed += run.passed();
        failed += run.failed();
    }
    out.push_str(&format!("{passed} passed, {failed} failed\n"));
    let written = print(&out);
    if failed > 0 { 1 } else { written }
}
