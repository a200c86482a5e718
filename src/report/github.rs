//! `--format github`: GitHub Actions workflow commands (annotations on the pull request's diff).

use std::io::{self, Write};

use super::escape::{workflow_data as escape_data, workflow_property as escape_property};
use crate::model::{Report, Severity};

/// One workflow command per finding (error, warning or notice by severity), then one error per tool error.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for f in &report.findings {
        let command = match f.severity {
            Severity::Critical | Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low | Severity::Info => "notice",
        };
        let title = format!("{} [{}] {}", f.policy_id, f.severity, f.title);
        writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&f.file),
            f.start_line,
            f.start_column,
            f.end_line,
            f.end_column + 1,
            escape_property(&title),
            escape_data(&f.message)
        )?;
    }
    for e in &report.errors {
        write!(out, "::error file={}", escape_property(&e.file))?;
        if let Some(line) = e.line {
            write!(out, ",line={line}")?;
        }
        if let Some(column) = e.column {
            write!(out, ",col={column}")?;
        }
        writeln!(out, ",title=srm-lint error::{}", escape_data(&e.message))?;
    }
    for w in &report.warnings {
        write!(out, "::warning file={}", escape_property(&w.file))?;
        if let Some(line) = w.line {
            write!(out, ",line={line}")?;
        }
        writeln!(out, ",title=srm-lint warning::{}", escape_data(&w.message))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_values_are_escaped() {
        assert_eq!(escape_data("a%b\nc"), "a%25b\\nc");
        assert_eq!(escape_property("x: y, z"), "x%3A y%2C z");
    }
}
