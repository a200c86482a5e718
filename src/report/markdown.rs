//! `--format markdown`: a report for pull-request comments and the GitHub step summary.

use std::io::{self, Write};

use crate::model::{Report, Severity};
use crate::policy::Policy;

/// GitHub refuses comments over 65,536 characters; stop listing findings well before.
const MAX_LENGTH: usize = 60_000;

fn cell(text: &str) -> String {
    super::escape::markdown(text)
}

/// A writer that counts the bytes written through it, for [`MAX_LENGTH`].
struct Counting<W> {
    inner: W,
    written: usize,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// The summary tables only, as text (the GitHub step summary).
pub fn summary(report: &Report) -> String {
    super::to_string(|out| write_summary(report, out))
}

/// The summary tables only: counts by severity and by area.
pub fn write_summary(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let total = report.findings.len();
    writeln!(
        out,
        "## srm-lint: {} finding{}{}\n",
        total,
        if total == 1 { "" } else { "s" },
        if report.errors.is_empty() {
            String::new()
        } else {
            format!(", {} error(s)", report.errors.len())
        }
    )?;
    if total > 0 {
        out.write_all(b"| severity | findings |\n|---|---:|\n")?;
        for severity in Severity::ALL {
            if let Some(count) = report.summary.findings_by_severity.get(&severity) {
                writeln!(out, "| {severity} | {count} |")?;
            }
        }
        out.write_all(b"\n")?;
    }
    out.write_all(b"### Shared responsibility\n\n")?;
    out.write_all(super::matrix::coverage_markdown(&report.summary.responsibility).as_bytes())?;
    out.write_all(b"\n")?;
    writeln!(
        out,
        "{} file(s) scanned, {} document(s), {} skipped, {} finding(s) suppressed{}.\n",
        report.summary.files_scanned,
        report.summary.documents,
        report.summary.skipped.len(),
        report.suppressed.len(),
        if report.warnings.is_empty() {
            String::new()
        } else {
            format!(", {} warning(s)", report.warnings.len())
        }
    )
}

/// The summary, then the findings (as many as fit under [`MAX_LENGTH`]) and the errors as tables.
pub fn write(report: &Report, policies: &[Policy], out: &mut impl Write) -> io::Result<()> {
    let mut out = Counting {
        inner: out,
        written: 0,
    };
    write_summary(report, &mut out)?;
    if !report.findings.is_empty() {
        out.write_all(b"<details open><summary>Findings</summary>\n\n")?;
        out.write_all(
            b"| severity | policy | location | resource | message |\n|---|---|---|---|---|\n",
        )?;
        let mut listed = 0;
        for finding in &report.findings {
            if out.written > MAX_LENGTH {
                break;
            }
            let policy = policies.iter().find(|p| p.id() == finding.policy_id);
            let id = match policy {
                Some(p) => format!("[{}]({})", finding.policy_id, p.docs_url()),
                None => finding.policy_id.clone(),
            };
            writeln!(
                out,
                "| {} | {id} | `{}:{}` | `{}` | {} |",
                finding.severity,
                cell(&finding.file),
                finding.start_line,
                cell(&finding.resource),
                cell(&finding.message)
            )?;
            listed += 1;
        }
        if listed < report.findings.len() {
            writeln!(
                out,
                "\n{} more finding(s) not listed; see the full report.",
                report.findings.len() - listed
            )?;
        }
        out.write_all(b"\n</details>\n")?;
    }
    if !report.errors.is_empty() {
        out.write_all(b"\n### Errors\n\n| file | line | message |\n|---|---:|---|\n")?;
        for error in &report.errors {
            writeln!(
                out,
                "| `{}` | {} | {} |",
                cell(&error.file),
                error.line.map(|l| l.to_string()).unwrap_or_default(),
                cell(&error.message)
            )?;
        }
    }
    if !report.warnings.is_empty() {
        out.write_all(b"\n### Warnings\n\n| file | line | message |\n|---|---:|---|\n")?;
        for warning in &report.warnings {
            writeln!(
                out,
                "| `{}` | {} | {} |",
                cell(&warning.file),
                warning.line.map(|l| l.to_string()).unwrap_or_default(),
                cell(&warning.message)
            )?;
        }
    }
    Ok(())
}
