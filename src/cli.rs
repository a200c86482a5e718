//! Command-line interface: argument parsing and the commands `check` (default), `policies`, `explain` and `test`.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{self, LoadedConfig, PathFilter};
use crate::engine::{Engine, Runner};
use crate::parse::terraform::{self, VariableInputs};
use crate::parse::{ParseError, yaml};
use crate::policy::metadata::{Area, Severity};
use crate::policy::{PolicySet, catalogue, testing};
use crate::report::human::HumanOptions;
use crate::report::{self, OutputFormat, Report, ToolError, baseline, markdown};
use crate::scan::{self, ScanOptions};
use crate::source_map::LineIndex;
use crate::suppress;

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
    /// Record the current findings in a baseline file (default .srm-lint-baseline.json, set with --output).
    Baseline(CheckArgs),
    /// Write a commented starter srm-lint.toml.
    Init {
        #[arg(default_value = "srm-lint.toml")]
        path: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
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
    /// Exit with 1 when a finding has at least this severity [default: low, or the configuration's].
    #[arg(long, value_enum, value_name = "SEVERITY")]
    fail_on: Option<Severity>,
    /// The configuration file [default: srm-lint.toml found upward from the first path].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Ignore any srm-lint.toml.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Report only findings that are not in this baseline (see `srm-lint baseline`).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Report suppressions that silence nothing.
    #[arg(long)]
    report_unused_ignores: bool,
    /// A Terraform variable file for every module, as `terraform -var-file` (repeatable).
    #[arg(long = "var-file", value_name = "FILE")]
    var_files: Vec<PathBuf>,
    /// A Terraform variable, as `terraform -var NAME=VALUE` (repeatable).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    vars: Vec<String>,
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
    /// Also list, as warnings, every resource attribute whose value stayed unknown
    /// (a reference, a data source, a variable without value): what policies could not judge.
    #[arg(long)]
    strict: bool,
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
    // Errors inside the Rego interpreter are routine (an undefined value) and
    // would each capture a backtrace when RUST_BACKTRACE is set: a third slower.
    if std::env::var_os("RUST_LIB_BACKTRACE").is_none() {
        // SAFETY: nothing else runs yet; no other thread reads the environment.
        unsafe { std::env::set_var("RUST_LIB_BACKTRACE", "0") };
    }
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Policies(args)) => list_policies(&args),
        Some(Command::Explain { id, policy_dirs }) => explain(&id, &policy_dirs),
        Some(Command::Test { dirs }) => run_tests(&dirs),
        Some(Command::Baseline(args)) => write_baseline(args),
        Some(Command::Init { path, force }) => init(&path, force),
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

/// What one lint run produced, with the settings needed to report it.
struct Run {
    report: Report,
    engine: Engine,
    fail_on: Severity,
    formats: Vec<FormatSpec>,
}

fn print_tool_error(error: &ToolError) {
    let location = match (error.line, error.column) {
        (Some(line), Some(column)) => format!("{}:{line}:{column}", error.file),
        (Some(line), None) => format!("{}:{line}", error.file),
        _ => error.file.clone(),
    };
    eprintln!("srm-lint: {location}: {}", error.message);
}

/// Loads the configuration and policies, lints, and applies suppressions and the baseline.
/// `Err` carries the exit code of a run that could not start (bad arguments or configuration).
fn lint(args: &CheckArgs) -> Result<Run, u8> {
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let loaded = if args.no_config {
        LoadedConfig {
            root: PathBuf::from("."),
            ..LoadedConfig::default()
        }
    } else {
        config::load(args.config.as_deref(), &paths[0]).map_err(|error| {
            print_tool_error(&error);
            2u8
        })?
    };
    let settings = &loaded.config;
    let config_name = loaded
        .path
        .as_ref()
        .map_or_else(|| "srm-lint.toml".to_string(), |p| p.display().to_string());

    let mut policy_dirs = args.policy_dirs.clone();
    policy_dirs.extend(settings.policy_dirs.iter().map(|d| loaded.root.join(d)));
    let mut set = PolicySet::load(&policy_dirs);
    let mut load_errors = load_errors_as_tool_errors(&set);
    if let Some(id) = args.policies.iter().find(|id| set.find(id).is_none()) {
        eprintln!("srm-lint: unknown policy id `{id}` (see `srm-lint policies`)");
        return Err(2);
    }
    let unknown = set.override_severities(&settings.severity);
    if !unknown.is_empty() {
        eprintln!(
            "srm-lint: {config_name}: [severity] names unknown policies: {}",
            unknown.join(", ")
        );
        return Err(2);
    }
    set.policies.retain(|p| {
        (settings.select.is_empty() || settings.select.iter().any(|e| config::selects(e, p)))
            && !settings.ignore.iter().any(|e| config::selects(e, p))
    });
    set.retain_selected(&args.policies, &args.areas);
    let data = settings
        .classification_keys
        .as_ref()
        .map(|keys| serde_json::json!({"srm": {"config": {"classification_keys": keys}}}));
    let (engine, compile_errors) = Engine::with_data(&set, data);
    let engine = engine.with_runner(Runner::from_env());
    load_errors.extend(compile_errors.into_iter().map(|e| ToolError {
        file: e.file,
        line: None,
        column: None,
        message: format!("invalid policy: {}", e.message),
    }));

    let formats = if args.formats.is_empty() {
        settings
            .format
            .iter()
            .map(|f| parse_format_spec(f).map(|spec| spec.relative_to(&loaded.root)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|message| {
                eprintln!("srm-lint: {config_name}: format: {message}");
                2u8
            })?
    } else {
        args.formats.clone()
    };
    if formats.iter().filter(|s| s.file.is_none()).count() > 1 {
        eprintln!(
            "srm-lint: only one format can go to standard output; give the others a file: --format sarif=report.sarif"
        );
        return Err(2);
    }

    let stdin = if paths.iter().any(|p| p.as_os_str() == "-") {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("srm-lint: cannot read standard input: {e}");
            return Err(2);
        }
        Some(text)
    } else {
        None
    };
    let mut suppressions = settings.suppressions.clone();
    suppressions.report_unused |= args.report_unused_ignores;
    let variables = match variable_inputs(args) {
        Ok(variables) => variables,
        Err(error) => {
            print_tool_error(&error);
            return Err(2);
        }
    };
    let filter = |globs: &Vec<String>| (!globs.is_empty()).then(|| PathFilter::new(globs));
    let options = ScanOptions {
        paths,
        excludes: args.excludes.clone(),
        include: filter(&settings.include),
        exclude: filter(&settings.exclude),
        filter_root: loaded.root.clone(),
        suppressions: suppressions.clone(),
        variables,
        strict: args.strict,
    };
    let mut report = scan::scan(&options, &engine, stdin);
    suppress::apply_config_rules(
        &mut report.findings,
        &suppressions,
        &loaded.root,
        &config_name,
        &mut report.warnings,
    );
    if let Some(baseline) = &args.baseline {
        match baseline::read(baseline) {
            Ok(fingerprints) => suppress::apply_baseline(
                &mut report.findings,
                &fingerprints,
                &baseline.display().to_string(),
            ),
            Err(error) => report.errors.push(error),
        }
    }
    report.errors.extend(load_errors);
    report.finish();
    Ok(Run {
        report,
        engine,
        fail_on: args.fail_on.or(settings.fail_on).unwrap_or(Severity::Low),
        formats,
    })
}

/// Terraform variable values from the environment (`TF_VAR_*`), `--var-file` and `--var`.
fn variable_inputs(args: &CheckArgs) -> Result<VariableInputs, ToolError> {
    let mut inputs = VariableInputs {
        environment: std::env::vars()
            .filter_map(|(key, value)| {
                key.strip_prefix("TF_VAR_")
                    .map(|name| (name.to_string(), value))
            })
            .collect(),
        ..VariableInputs::default()
    };
    for file in &args.var_files {
        let display = file.display().to_string();
        let error = |message: String, line: Option<usize>, column: Option<usize>| ToolError {
            file: display.clone(),
            line,
            column,
            message,
        };
        let text = std::fs::read_to_string(file)
            .map_err(|e| error(format!("cannot read the variable file: {e}"), None, None))?;
        let parsed = if display.ends_with(".json") {
            yaml::parse_documents(&text)
                .map(|mut d| {
                    if d.is_empty() {
                        serde_json::json!({})
                    } else {
                        d.remove(0).value
                    }
                })
                .map_err(|e| ParseError {
                    message: e.message,
                    offset: Some(e.offset),
                })
        } else {
            terraform::parse_tfvars(&text, 0)
        };
        let values = parsed.map_err(|e| {
            let position = e
                .offset
                .map(|o| LineIndex::new(&text).line_column(&text, o));
            error(
                format!("cannot parse: {}", e.message),
                position.map(|p| p.line),
                position.map(|p| p.column),
            )
        })?;
        inputs.files.push(values);
    }
    for assignment in &args.vars {
        let Some((name, value)) = assignment.split_once('=') else {
            return Err(ToolError {
                file: "--var".into(),
                line: None,
                column: None,
                message: format!("`{assignment}` is not NAME=VALUE"),
            });
        };
        inputs
            .values
            .push((name.trim().to_string(), terraform::parse_input_value(value)));
    }
    Ok(inputs)
}

fn check(args: CheckArgs) -> u8 {
    match lint(&args) {
        Ok(run) => {
            let written = write_reports(&args, &run);
            let code = run.report.exit_code(run.fail_on).max(written);
            // The process ends now: freeing every compiled policy engine and
            // source text would only delay the exit (5% of a small run).
            std::mem::forget(run);
            code
        }
        Err(code) => code,
    }
}

/// `srm-lint baseline`: records the current findings so that later runs with `--baseline` report only new ones.
fn write_baseline(args: CheckArgs) -> u8 {
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(baseline::DEFAULT_FILE));
    let run = match lint(&args) {
        Ok(run) => run,
        Err(code) => return code,
    };
    for error in &run.report.errors {
        print_tool_error(error);
    }
    match baseline::write(&output, &run.report) {
        Ok(count) => {
            eprintln!(
                "srm-lint: {count} finding(s) recorded in {}",
                output.display()
            );
            if run.report.errors.is_empty() { 0 } else { 2 }
        }
        Err(message) => {
            eprintln!("srm-lint: {message}");
            2
        }
    }
}

/// `srm-lint init`: writes a commented starter configuration.
fn init(path: &std::path::Path, force: bool) -> u8 {
    if path.exists() && !force {
        eprintln!(
            "srm-lint: {} already exists (use --force to overwrite)",
            path.display()
        );
        return 2;
    }
    match std::fs::write(path, config::STARTER) {
        Ok(()) => {
            eprintln!("srm-lint: wrote {}", path.display());
            0
        }
        Err(e) => {
            eprintln!("srm-lint: cannot write {}: {e}", path.display());
            2
        }
    }
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

impl FormatSpec {
    /// A file named in the configuration is relative to the configuration's folder.
    fn relative_to(mut self, root: &std::path::Path) -> FormatSpec {
        self.file = self
            .file
            .map(|f| if f.is_absolute() { f } else { root.join(f) });
        self
    }
}

/// Writes every requested report; 2 when one could not be written.
fn write_reports(args: &CheckArgs, run: &Run) -> u8 {
    let (report, engine) = (&run.report, &run.engine);
    let mut specs = run.formats.clone();
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
