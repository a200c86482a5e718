//! Writing the reports a run asked for: to standard output or files, with colour when a terminal wants it, and GitHub's step summary.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::args::{CheckArgs, ColorChoice, FormatSpec, parse_format_spec};
use super::fail;
use crate::input::discover::FileKind;
use crate::model::{ExitStatus, Report, normalize, write_atomically};
use crate::policy::Policy;
use crate::report::human::HumanOptions;
use crate::report::{self, OutputFormat, markdown};
use crate::run::Linter;

/// Writes `text` to standard output; a closed pipe (`srm-lint | head`) is not an error worth a panic.
pub fn print(text: &str) -> ExitStatus {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitStatus::Clean,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Clean,
        Err(e) => fail(format_args!("cannot write output: {e}")),
    }
}

/// The outputs of a run: `--format` when given, else the configuration's `format`.
pub fn formats(args: &CheckArgs, linter: &Linter) -> Result<Vec<FormatSpec>, ExitStatus> {
    let formats = if args.formats.is_empty() {
        linter
            .config
            .config
            .format
            .iter()
            .map(|f| parse_format_spec(f).map(|spec| spec.relative_to(&linter.config.root)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|message| fail(format_args!("{}: format: {message}", linter.config_name)))?
    } else {
        args.formats.clone()
    };
    if formats.iter().filter(|s| s.file.is_none()).count() > 1 {
        return Err(fail(
            "only one format can go to standard output; give the others a file: --format sarif=report.sarif",
        ));
    }
    check_targets(args, &formats)?;
    Ok(formats)
}

/// Refuses output files that would overwrite what is being linted (a path named
/// on the command line, a Terraform or YAML file under one) or that two formats share.
fn check_targets(args: &CheckArgs, formats: &[FormatSpec]) -> Result<(), ExitStatus> {
    let mut targets: Vec<&Path> = formats
        .iter()
        .filter_map(|spec| spec.file.as_deref())
        .collect();
    // `--output` receives the one standard-output format (human when none is named).
    targets.extend(args.output.as_deref());
    let mut seen: Vec<PathBuf> = Vec::new();
    for target in targets {
        let absolute = normalize(target);
        if seen.contains(&absolute) {
            return Err(fail(format_args!(
                "{} is named as the output of two formats; give each its own file",
                target.display()
            )));
        }
        let scanned_source = args.paths.iter().any(|input| {
            let input = normalize(input);
            absolute == input
                || (absolute.starts_with(&input) && absolute.is_file() && is_source_file(&absolute))
        });
        if scanned_source {
            return Err(fail(format_args!(
                "refusing to write the report over {}, which is being linted",
                target.display()
            )));
        }
        seen.push(absolute);
    }
    Ok(())
}

/// Terraform and YAML files: what a report must never replace (a JSON report
/// may well sit in the scanned tree, and `.json` manifests are rare).
fn is_source_file(path: &Path) -> bool {
    match FileKind::of(path) {
        Some(FileKind::Manifest) => path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml")),
        Some(_) => true,
        None => false,
    }
}

/// Writes every requested report; an error status when one could not be written.
pub fn write_reports(
    args: &CheckArgs,
    formats: &[FormatSpec],
    report: &Report,
    policies: &[Policy],
) -> ExitStatus {
    let mut specs = formats.to_vec();
    if specs.iter().all(|s| s.file.is_some()) {
        // Without a format for standard output, people still want to see what happened.
        specs.push(FormatSpec {
            format: OutputFormat::Human,
            file: None,
        });
    }
    let mut status = ExitStatus::Clean;
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
        let result = match &file {
            Some(path) => write_file(path, spec.format, report, policies, options)
                .map_err(|e| format!("cannot write {}: {e}", path.display())),
            None => write_stdout(spec.format, report, policies, options)
                .map_err(|e| format!("cannot write to standard output: {e}")),
        };
        if let Err(message) = result {
            status = fail(message);
        }
        if spec.format == OutputFormat::Github {
            status = status.max(write_step_summary(report));
        }
    }
    status
}

/// Writes one report to the file at `path` (created or truncated) as it is printed.
fn write_file(
    path: &Path,
    format: OutputFormat,
    report: &Report,
    policies: &[Policy],
    options: HumanOptions,
) -> io::Result<()> {
    write_atomically(path, |out| {
        report::write(format, report, policies, options, out)
    })
}

/// Writes one report to standard output as it is printed; a closed pipe (`srm-lint | head`) is not an error.
fn write_stdout(
    format: OutputFormat,
    report: &Report,
    policies: &[Policy],
    options: HumanOptions,
) -> io::Result<()> {
    let mut stdout = BufWriter::new(io::stdout().lock());
    match report::write(format, report, policies, options, &mut stdout)
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
}

/// Appends the Markdown summary to `$GITHUB_STEP_SUMMARY` when GitHub Actions provides it.
fn write_step_summary(report: &Report) -> ExitStatus {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return ExitStatus::Clean;
    };
    let appended = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(markdown::summary(report).as_bytes()));
    match appended {
        Ok(()) => ExitStatus::Clean,
        Err(e) => fail(format_args!("cannot write the step summary: {e}")),
    }
}
