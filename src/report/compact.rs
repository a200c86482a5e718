//! `--format compact`: one line per finding, `file:line:col: ID [severity] message`, for editors and grep.

use std::fmt::Write as _;

use crate::model::Report;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let _ = writeln!(
            out,
            "{}:{}:{}: {} [{}] {}",
            f.file, f.start_line, f.start_column, f.policy_id, f.severity, f.message
        );
    }
    for e in &report.errors {
        let _ = writeln!(
            out,
            "{}:{}:{}: error {}",
            e.file,
            e.line.unwrap_or(1),
            e.column.unwrap_or(1),
            e.message
        );
    }
    out
}
