//! The command line: reads the arguments and the environment, runs the library, writes the outputs and picks the exit code.
//!
//! This is the only module that reads `std::env`, the current directory or
//! standard input, and the only one that knows clap (besides `main.rs`).

mod args;
mod output;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use args::{CatalogueFormat, CheckArgs, Cli, Command, FormatSpec, MatrixArgs, PoliciesArgs};
use output::print;

use crate::config;
use crate::engine::{Runner, testing};
use crate::model::{ExitStatus, Limits, Report, ServiceModel};
use crate::policy::service_models::service_models;
use crate::policy::{BUILTIN_DIR_VARIABLE, PolicySet, catalogue};
use crate::report;
use crate::run::MAX_FILE_BYTES;
use crate::run::{ConfigSource, FixOptions, LintOptions, Linter, is_stdin};
use crate::suppress::baseline;

/// Parses the arguments and runs the command; the binary is only this call.
pub fn main() -> ExitCode {
    // Errors inside the Rego interpreter are routine (an undefined value) and
    // would each capture a backtrace when RUST_BACKTRACE is set: a third slower.
    if std::env::var_os("RUST_LIB_BACKTRACE").is_none() {
        // SAFETY: nothing else runs yet; no other thread reads the environment.
        unsafe { std::env::set_var("RUST_LIB_BACKTRACE", "0") };
    }
    let cli = Cli::parse();
    let status = match cli.command {
        Some(Command::Policies(args)) => list_policies(&args),
        Some(Command::Explain { id, policy_dirs }) => explain(&id, &policy_dirs),
        Some(Command::Test { dirs }) => run_tests(&dirs),
        Some(Command::Matrix(args)) => matrix(&args),
        Some(Command::Server) => crate::server::run(std::env::current_dir().unwrap_or_default()),
        Some(Command::Baseline(args)) => write_baseline(&args),
        Some(Command::Init { path, force }) => init(&path, force),
        None => check(&cli.check),
    };
    ExitCode::from(status.code())
}

/// Prints a message that stopped a command, each line prefixed with the program's name.
fn fail(message: impl std::fmt::Display) -> ExitStatus {
    for line in message.to_string().lines() {
        eprintln!("srm-lint: {line}");
    }
    ExitStatus::Error
}

/// The built-in policy folder named by `SRM_LINT_BUILTIN_DIR`, if any.
fn builtin_dir() -> Option<PathBuf> {
    std::env::var_os(BUILTIN_DIR_VARIABLE).map(PathBuf::from)
}

/// The library's options from the arguments and the environment.
fn lint_options(args: &CheckArgs) -> Result<LintOptions, ExitStatus> {
    let mut limits = Limits::default();
    for assignment in &args.limits {
        limits
            .set(assignment)
            .map_err(|message| fail(format_args!("--limit: {message}")))?;
    }
    Ok(LintOptions {
        paths: args.paths.clone(),
        cwd: std::env::current_dir().ok(),
        config: match (&args.config, args.no_config) {
            (_, true) => ConfigSource::Ignore,
            (Some(file), false) => ConfigSource::File(file.clone()),
            (None, false) => ConfigSource::Discover,
        },
        builtin_dir: builtin_dir(),
        policy_dirs: args.policy_dirs.clone(),
        policies: args.policies.clone(),
        areas: args::areas(&args.areas),
        frameworks: args.frameworks.clone(),
        excludes: args.excludes.clone(),
        baseline: args.baseline.clone(),
        report_unused_ignores: args.report_unused_ignores,
        tf_var_environment: std::env::vars()
            .filter_map(|(key, value)| {
                key.strip_prefix("TF_VAR_")
                    .map(|name| (name.to_string(), value))
            })
            .collect(),
        var_files: args.var_files.clone(),
        vars: args.vars.clone(),
        strict: args.strict,
        runner: Runner::named(std::env::var("SRM_LINT_ENGINE").ok().as_deref()),
        limits,
        allow_outside: args.allow_outside.clone(),
    })
}

/// Standard input's text when a path is `-`.
fn read_stdin(args: &CheckArgs) -> Result<Option<String>, ExitStatus> {
    if !args.paths.iter().any(|p| is_stdin(p)) {
        return Ok(None);
    }
    // The same limit as for files: `yes | srm-lint -` must not fill the memory.
    let mut text = String::new();
    match std::io::stdin()
        .take(MAX_FILE_BYTES + 1)
        .read_to_string(&mut text)
    {
        Ok(read) if read as u64 > MAX_FILE_BYTES => Err(fail(format_args!(
            "standard input is larger than {} MiB, the limit for one file",
            MAX_FILE_BYTES / (1024 * 1024)
        ))),
        Ok(_) => Ok(Some(text)),
        Err(e) => Err(fail(format_args!("cannot read standard input: {e}"))),
    }
}

/// The commands, which clap no longer recognises once an option of the default command came first.
const COMMANDS: [&str; 7] = [
    "policies", "explain", "baseline", "init", "test", "matrix", "server",
];

/// What `check` and `baseline` share: the linter (configuration and policies), the
/// outputs asked for (validated before anything is linted) and the report.
fn lint(args: &CheckArgs) -> Result<(Linter, Vec<FormatSpec>, Report), ExitStatus> {
    let linter = Linter::new(&lint_options(args)?).map_err(fail)?;
    let formats = output::formats(args, &linter)?;
    let report = linter.lint(read_stdin(args)?);
    Ok((linter, formats, report))
}

/// The default command: lint, write every requested report, exit by the findings.
fn check(args: &CheckArgs) -> ExitStatus {
    // `srm-lint --no-config baseline .` reads `baseline` as a path to lint; when no
    // such path exists, the user meant the command: say so instead of a puzzling result.
    if let Some(first) = args.paths.first().and_then(|p| p.to_str())
        && COMMANDS.contains(&first)
        && !Path::new(first).exists()
    {
        return fail(format_args!(
            "`{first}` is a command: write its options after it (`srm-lint {first} --no-config .`), or `./{first}` to lint a folder of that name"
        ));
    }
    if args.fix || args.diff {
        return fix(args);
    }
    let (linter, formats, report) = match lint(args) {
        Ok(run) => run,
        Err(status) => return status,
    };
    let written = output::write_reports(args, &formats, &report, linter.policies());
    let fail_on = linter.fail_on(args.fail_on.map(|s| s.0));
    let status = report.exit_status(fail_on).max(written);
    // The process ends now: freeing every compiled policy engine and
    // source text would only delay the exit (5% of a small run).
    std::mem::forget((report, linter));
    status
}

/// `--fix` and `--diff`: the fixes applied (or shown), then the findings that remain.
fn fix(args: &CheckArgs) -> ExitStatus {
    if args.paths.iter().any(|p| is_stdin(p)) {
        return fail("--fix and --diff work on files, not on standard input");
    }
    let linter = match Linter::new(&match lint_options(args) {
        Ok(options) => options,
        Err(status) => return status,
    }) {
        Ok(linter) => linter,
        Err(error) => return fail(error),
    };
    let options = FixOptions {
        unsafe_fixes: args.unsafe_fixes,
        only: args.fix_only.clone(),
        write: args.fix,
    };
    let (report, outcome) = linter.fix(&options);
    let summary = format!(
        "srm-lint: {} fixed ({} file{}), {} remaining{}",
        outcome.fixed,
        outcome.files.len(),
        if outcome.files.len() == 1 { "" } else { "s" },
        report.findings.len(),
        if outcome.unsafe_fixable > 0 {
            format!(", {} fixable with --unsafe-fixes", outcome.unsafe_fixable)
        } else {
            String::new()
        }
    );
    if args.diff {
        let mut text = String::new();
        for (file, (before, after)) in &outcome.files {
            text.push_str(&crate::run::unified_diff(file, before, after));
        }
        let written = print(&escape_diff(&text));
        for error in &report.errors {
            eprintln!("srm-lint: {error}");
        }
        eprintln!("{}", summary.replace(" fixed ", " would be fixed "));
        let status = if !report.errors.is_empty() {
            ExitStatus::Error
        } else if outcome.files.is_empty() {
            ExitStatus::Clean
        } else {
            ExitStatus::Findings
        };
        return status.max(written);
    }
    let formats = match output::formats(args, &linter) {
        Ok(formats) => formats,
        Err(status) => return status,
    };
    let written = output::write_reports(args, &formats, &report, linter.policies());
    eprintln!("{summary}");
    let fail_on = linter.fail_on(args.fail_on.map(|s| s.0));
    report.exit_status(fail_on).max(written)
}

/// A diff quotes the scanned files: each line made inert for the terminal, line breaks kept.
fn escape_diff(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            let (body, end) = match line.strip_suffix('\n') {
                Some(body) => (body.strip_suffix('\r').unwrap_or(body), "\n"),
                None => (line, ""),
            };
            format!("{}{end}", crate::report::escape_line(body))
        })
        .collect()
}

/// `srm-lint baseline`: records the current findings so that later runs with `--baseline` report only new ones.
fn write_baseline(args: &CheckArgs) -> ExitStatus {
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(baseline::DEFAULT_FILE));
    let report = match lint(args) {
        Ok((_, _, report)) => report,
        Err(status) => return status,
    };
    for error in &report.errors {
        eprintln!("srm-lint: {error}");
    }
    match baseline::write(&output, &report) {
        Ok(count) => {
            eprintln!(
                "srm-lint: {count} finding(s) recorded in {}",
                output.display()
            );
            if report.errors.is_empty() {
                ExitStatus::Clean
            } else {
                ExitStatus::Error
            }
        }
        Err(message) => fail(message),
    }
}

/// `srm-lint init`: writes a commented starter configuration.
fn init(path: &Path, force: bool) -> ExitStatus {
    if path.exists() && !force {
        return fail(format_args!(
            "{} already exists (use --force to overwrite)",
            path.display()
        ));
    }
    match std::fs::write(path, config::STARTER) {
        Ok(()) => {
            eprintln!("srm-lint: wrote {}", path.display());
            ExitStatus::Clean
        }
        Err(e) => fail(format_args!("cannot write {}: {e}", path.display())),
    }
}

/// `srm-lint policies`: the catalogue.
fn list_policies(args: &PoliciesArgs) -> ExitStatus {
    let mut set = PolicySet::load(builtin_dir().as_deref(), &args.policy_dirs);
    for error in &set.errors {
        eprintln!("srm-lint: {}: {}", error.file, error.message);
    }
    set.retain_selected(&[], &args::areas(&args.areas));
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
    if set.errors.is_empty() {
        written
    } else {
        ExitStatus::Error
    }
}

/// `srm-lint matrix`: the generic responsibility matrix, to learn the model from the tool.
fn matrix(args: &MatrixArgs) -> ExitStatus {
    let models: Vec<ServiceModel> = if args.service_models.is_empty() {
        ServiceModel::ALL.to_vec()
    } else {
        args.service_models.iter().map(|m| m.0).collect()
    };
    let matrix = &service_models().matrix;
    let text = match args.format {
        CatalogueFormat::Human => report::matrix::human(matrix, &models),
        CatalogueFormat::Json => {
            serde_json::to_string_pretty(&report::matrix::json(matrix, &models)).unwrap_or_default()
                + "\n"
        }
        CatalogueFormat::Markdown => report::matrix::markdown(matrix, &models),
    };
    print(&text)
}

/// `srm-lint explain ID`: one policy's documentation.
fn explain(id: &str, policy_dirs: &[PathBuf]) -> ExitStatus {
    let set = PolicySet::load(builtin_dir().as_deref(), policy_dirs);
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
        None => fail(format_args!("no policy `{id}` (see `srm-lint policies`)")),
    }
}

/// `srm-lint test DIR...`: the Rego unit tests, like `opa test`.
fn run_tests(dirs: &[PathBuf]) -> ExitStatus {
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
    if failed > 0 {
        ExitStatus::Findings
    } else {
        written
    }
}

#[cfg(test)]
mod tests {
    use super::args::parse_format_spec;
    use super::*;

    #[test]
    fn format_specs_read_a_format_and_an_optional_file() {
        let spec = parse_format_spec("SARIF=out.sarif").expect("valid");
        assert_eq!(spec.format, crate::report::OutputFormat::Sarif);
        assert_eq!(spec.file, Some(PathBuf::from("out.sarif")));
        assert!(parse_format_spec("json=").is_err());
        let error = parse_format_spec("yaml").expect_err("unknown format");
        assert!(error.contains("human, json, sarif, github, junit, markdown, compact"));
    }
}
