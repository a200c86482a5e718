//! `--format compact`: one line per finding, `file:line:col: ID [severity] message`, for editors and grep.

use std::io::{self, Write};

use crate::model::Report;

/// One line per finding, then one per error.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for f in &report.findings {
        writeln!(
            out,
            "{}:{}:{}: {} [{}] {}",
            f.file, f.start_line, f.start_column, f.policy_id, f.severity, f.message
        )?;
    }
    for e in &report.errors {
        writeln!(
            out,
            "{}:{}:{}: error {}",
            e.file,
            e.line.unwrap_or(1),
            e.column.unwrap_or(1),
            e.message
        )?;
    }
    Ok(())
}
