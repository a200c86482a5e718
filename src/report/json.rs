//! `--format json`: the stable machine-readable contract (see the README).

use std::io::{self, Write};

use crate::model::Report;

/// The report as pretty-printed JSON, serialised straight to `out`, and a final newline.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}
