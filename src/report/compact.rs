//! `--format compact`: one line per finding, `file:line:col: ID [severity] message`, for editors and grep.

use std::io::{self, Write};

use super::escape::line;
use crate::model::Report;

/// One line per finding, then one per error and one per warning; scanned text
/// is escaped so that each stays one inert line.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for f in &report.findings {
        writeln!(
            out,
            "{}:{}:{}: {} [{}] {}",
            line(&f.file),
            f.start_line,
            f.start_column,
            f.policy_id,
            f.severity,
            line(&f.message)
        )?;
    }
    for e in &report.errors {
        writeln!(
            out,
            "{}:{}:{}: error {}",
            line(&e.file),
            e.line.unwrap_or(1),
            e.column.unwrap_or(1),
            line(&e.message)
        )?;
    }
    for w in &report.warnings {
        writeln!(
            out,
            "{}:{}:1: warning {}",
            line(&w.file),
            w.line.unwrap_or(1),
            line(&w.message)
        )?;
    }
    Ok(())
}
