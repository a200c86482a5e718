//! Printers: the report in each output format, one module per format.

pub mod compact;
mod escape;

/// One line of scanned text made inert for a terminal or a log (escapes, not controls).
pub fn escape_line(text: &str) -> String {
    escape::line(text).into_owned()
}
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod matrix;
pub mod sarif;

use std::io::{self, Write};

use crate::model::Report;
use crate::policy::Policy;

/// The output formats; each has its own module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
    Markdown,
    Compact,
    Html,
}

impl OutputFormat {
    pub const ALL: [OutputFormat; 8] = [
        OutputFormat::Human,
        OutputFormat::Json,
        OutputFormat::Sarif,
        OutputFormat::Github,
        OutputFormat::Junit,
        OutputFormat::Markdown,
        OutputFormat::Compact,
        OutputFormat::Html,
    ];

    /// The name users write (`--format sarif`).
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Human => "human",
            OutputFormat::Json => "json",
            OutputFormat::Sarif => "sarif",
            OutputFormat::Github => "github",
            OutputFormat::Junit => "junit",
            OutputFormat::Markdown => "markdown",
            OutputFormat::Compact => "compact",
            OutputFormat::Html => "html",
        }
    }
}

/// Writes `report` in `format` to `out` as it goes; `policies` are those that ran (rule metadata for SARIF and links).
///
/// The caller buffers `out` (a `BufWriter` over a file or locked standard output) and flushes it.
pub fn write(
    format: OutputFormat,
    report: &Report,
    policies: &[Policy],
    options: human::HumanOptions,
    mut out: &mut dyn Write,
) -> io::Result<()> {
    // The printers take a sized writer; `&mut dyn Write` is one.
    let out = &mut out;
    match format {
        OutputFormat::Human => human::write(report, policies, options, out),
        OutputFormat::Json => json::write(report, out),
        OutputFormat::Sarif => sarif::write(report, policies, out),
        OutputFormat::Github => github::write(report, out),
        OutputFormat::Junit => junit::write(report, out),
        OutputFormat::Markdown => markdown::write(report, policies, out),
        OutputFormat::Compact => compact::write(report, out),
        OutputFormat::Html => html::write(report, policies, out),
    }
}

/// [`write`] into a `String`, for tests and for reports kept in memory.
pub fn render(
    format: OutputFormat,
    report: &Report,
    policies: &[Policy],
    options: human::HumanOptions,
) -> String {
    to_string(|out| write(format, report, policies, options, out))
}

/// What a printer writes, as text: the one way from a writer to a `String`.
fn to_string(print: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    if let Err(error) = print(&mut out) {
        // Memory takes every byte, and a report always serialises (its maps have string keys),
        // so this cannot happen; were it to, the text says so rather than end silently.
        out.extend_from_slice(
            format!("\nsrm-lint: cannot render the report: {error}\n").as_bytes(),
        );
    }
    // The printers write only `str`s, so the bytes are UTF-8.
    match String::from_utf8(out) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer whose every write fails, like a full disk.
    struct Full;

    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(io::ErrorKind::StorageFull))
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn write_errors_reach_the_caller() {
        let report = Report::default();
        let options = human::HumanOptions {
            color: false,
            verbose: false,
        };
        for format in OutputFormat::ALL {
            let text = render(format, &report, &[], options);
            let written = write(format, &report, &[], options, &mut Full);
            if text.is_empty() {
                assert!(written.is_ok(), "{}", format.name());
            } else {
                let error = written.expect_err(format.name());
                assert_eq!(
                    error.kind(),
                    io::ErrorKind::StorageFull,
                    "{}",
                    format.name()
                );
            }
        }
    }
}
