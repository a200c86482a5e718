//! `--format human`: miette diagnostics grouped by file, then a summary by severity and area.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::escape::{self, line};
use crate::model::{Duty, Finding, FixSafety, Report, Severity};
use crate::policy::Policy;

/// How to draw the report: colour and Unicode only for a terminal that wants them.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    pub color: bool,
    /// List every skipped file instead of counting them by reason.
    pub verbose: bool,
}

#[derive(Debug)]
struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: &'a Snippets,
    help: Option<String>,
    url: Option<String>,
    /// Trace steps in other files than the finding's, each shown with its own source.
    related: Vec<TraceDiagnostic>,
}

/// A step of a finding's trace (a module argument, the attribute in a called module).
#[derive(Debug)]
struct TraceDiagnostic {
    /// `file:line: message`, the heading.
    title: String,
    message: String,
    source: Snippets,
    span: std::ops::Range<usize>,
}

/// A file's (escaped) text for miette, which reads each snippet by counting lines
/// from the start of the text: ten thousand findings in one 470 KB file took 34 s.
/// The line starts are found once per file, and miette reads only a window of
/// lines around each span; its output is the same.
#[derive(Debug)]
struct Snippets {
    name: String,
    text: String,
    /// Where each line starts, line breaks as miette counts them (`\n`, `\r\n`, a lone `\r`).
    line_starts: Vec<usize>,
}

impl Snippets {
    fn new(name: String, text: String) -> Snippets {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut at = 0;
        while at < bytes.len() {
            match bytes[at] {
                b'\r' if bytes.get(at + 1) == Some(&b'\n') => {
                    at += 2;
                    line_starts.push(at);
                }
                b'\r' | b'\n' => {
                    at += 1;
                    line_starts.push(at);
                }
                _ => at += 1,
            }
        }
        Snippets {
            name,
            text,
            line_starts,
        }
    }

    /// The line (0-based) holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }
}

impl SourceCode for Snippets {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span.offset();
        let end = start + span.len().saturating_sub(1);
        // Two lines more than asked on each side, so miette sees all it would have.
        let first = self.line_of(start).saturating_sub(context_lines_before + 2);
        let last = self.line_of(end) + context_lines_after + 2;
        let window_start = self.line_starts[first];
        let window_end = self
            .line_starts
            .get(last + 1)
            .copied()
            .unwrap_or(self.text.len());
        let window = &self.text.as_bytes()[window_start..window_end];
        let inner = window.read_span(
            &SourceSpan::new((start - window_start).into(), span.len()),
            context_lines_before,
            context_lines_after,
        )?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            SourceSpan::new(
                (inner.span().offset() + window_start).into(),
                inner.span().len(),
            ),
            inner.line() + first,
            inner.column(),
            inner.line_count() + first,
        )))
    }
}

impl fmt::Display for TraceDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.title)
    }
}

impl std::error::Error for TraceDiagnostic {}

impl Diagnostic for TraceDiagnostic {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(self.message.clone()),
            self.span.clone(),
        ))))
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `[*]` like ruff: `--fix` repairs it (`[*unsafe]`: with `--unsafe-fixes`).
        let marker = match &self.finding.fix {
            Some(fix) if fix.applicable => match fix.safety {
                FixSafety::Safe => "[*] ",
                FixSafety::Unsafe => "[*unsafe] ",
            },
            _ => "",
        };
        write!(
            f,
            "{marker}[{}] {}",
            self.finding.severity, self.finding.title
        )
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let areas: Vec<&str> = self.finding.areas.iter().map(|a| a.as_str()).collect();
        Some(Box::new(format!(
            "{} ({})",
            self.finding.policy_id,
            areas.join(", ")
        )))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Critical | Severity::High => miette::Severity::Error,
            Severity::Medium => miette::Severity::Warning,
            Severity::Low | Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.url
            .as_ref()
            .map(|u| Box::new(u) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let finding = self.finding;
        let mut label = finding.message.clone();
        if !finding.attribute_present && !finding.attribute.is_empty() {
            label.push_str(&format!(" (`{}` is not set)", finding.attribute));
        }
        let span = finding.span.start..finding.span.end.max(finding.span.start);
        // Trace steps in the same file are extra labels; the others are related diagnostics.
        let steps = finding
            .trace
            .iter()
            .filter(|step| step.file == finding.file && step.span != finding.span)
            .map(|step| LabeledSpan::new_with_span(Some(step.message.clone()), step.span.clone()));
        Some(Box::new(
            std::iter::once(LabeledSpan::new_with_span(Some(label), span)).chain(steps),
        ))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic)))
    }
}

/// Writes the whole report: each file's findings as miette diagnostics, then errors, warnings and the summary.
pub fn write(
    report: &Report,
    policies: &[Policy],
    options: HumanOptions,
    out: &mut impl Write,
) -> io::Result<()> {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let theme = if options.color {
        theme
    } else {
        ascii_plain(theme)
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_width(110)
        .with_context_lines(1);
    let by_id: BTreeMap<&str, &Policy> = policies.iter().map(|p| (p.id(), p)).collect();

    let mut current_file: Option<(&str, Snippets)> = None;
    for finding in &report.findings {
        if current_file
            .as_ref()
            .is_none_or(|(name, _)| *name != finding.file)
        {
            writeln!(
                out,
                "{}",
                file_heading(&finding.file, report, options.color)
            )?;
            let source = Snippets::new(
                line(&finding.file).into_owned(),
                escape::source(&finding.source.text).into_owned(),
            );
            current_file = Some((&finding.file, source));
        }
        let Some((_, source)) = &current_file else {
            continue;
        };
        // Everything the diagnostic shows that came from the scanned files, made inert.
        let finding = &inert(finding);
        let policy = by_id.get(finding.policy_id.as_str());
        let diagnostic = FindingDiagnostic {
            finding,
            source,
            help: policy.map(|p| {
                let remediation = p.metadata.custom.remediation.trim();
                match fix_help(finding) {
                    Some(fix) => format!("{remediation}\n{fix}"),
                    None => remediation.to_string(),
                }
            }),
            url: policy.map(|p| p.docs_url()),
            related: finding
                .trace
                .iter()
                .filter(|step| step.file != finding.file)
                .map(|step| TraceDiagnostic {
                    title: format!("{}:{}: {}", step.file, step.start_line, step.message),
                    message: step.message.clone(),
                    source: Snippets::new(
                        step.file.clone(),
                        escape::source(&step.source.text).into_owned(),
                    ),
                    span: step.span.clone(),
                })
                .collect(),
        };
        // miette draws into a `fmt::Write`; each diagnostic goes out whole once drawn.
        // One it cannot draw is left out, as before, and the rest of the report still goes out.
        let mut rendered = String::new();
        if handler.render_report(&mut rendered, &diagnostic).is_ok() {
            out.write_all(b"\n")?;
            out.write_all(rendered.as_bytes())?;
        }
    }

    for error in &report.errors {
        writeln!(out, "error: {}", line(&error.to_string()))?;
    }
    for warning in &report.warnings {
        writeln!(
            out,
            "warning: {}: {}",
            line(&warning.location()),
            line(&warning.message)
        )?;
    }
    write_summary(report, options, out)
}

fn ascii_plain(mut theme: GraphicalTheme) -> GraphicalTheme {
    theme.characters = miette::ThemeCharacters::ascii();
    theme
}

/// A copy of a finding whose texts from the scanned files (path, message,
/// What `--fix` would write (each new text as one inert line), or the suggestion.
fn fix_help(finding: &Finding) -> Option<String> {
    let fix = finding.fix.as_ref()?;
    if !fix.applicable {
        return fix
            .note
            .as_ref()
            .map(|note| format!("fix (suggestion): {}", line(note)));
    }
    let flag = match fix.safety {
        FixSafety::Safe => "--fix",
        FixSafety::Unsafe => "--fix --unsafe-fixes",
    };
    let texts: Vec<String> = fix
        .edits
        .iter()
        .map(|e| {
            // The lines as they will read: the edit with the rest of its lines around it.
            let text = e.source.text.as_str();
            let whole_lines = e.new_text.is_empty()
                && (e.range.start == 0 || text.as_bytes().get(e.range.start - 1) == Some(&b'\n'))
                && (e.range.end >= text.len()
                    || text.as_bytes().get(e.range.end.saturating_sub(1)) == Some(&b'\n'));
            if whole_lines {
                return format!("delete line {}", e.start_line);
            }
            let lines_of = &e.source.lines;
            let start = lines_of
                .line_range(text, e.start_line)
                .start
                .min(e.range.start);
            let end = lines_of.line_range(text, e.end_line).end.max(e.range.end);
            let after = format!(
                "{}{}{}",
                text.get(start..e.range.start).unwrap_or(""),
                e.new_text,
                text.get(e.range.end..end).unwrap_or("")
            );
            let lines: Vec<&str> = after
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            if lines.is_empty() {
                format!("delete line {}", e.start_line)
            } else {
                format!("line {}: {}", e.start_line, line(&lines.join(" ⏎ ")))
            }
        })
        .collect();
    Some(format!(
        "fix ({}, `srm-lint {flag}`): {}",
        fix.safety.as_str(),
        texts.join("; ")
    ))
}

/// resource, attribute, trace) are one inert line each.
fn inert(finding: &Finding) -> Finding {
    let mut copy = finding.clone();
    copy.file = line(&finding.file).into_owned();
    copy.message = line(&finding.message).into_owned();
    copy.resource = line(&finding.resource).into_owned();
    copy.attribute = line(&finding.attribute).into_owned();
    for step in &mut copy.trace {
        step.file = line(&step.file).into_owned();
        step.message = line(&step.message).into_owned();
    }
    copy
}

fn file_heading(file: &str, report: &Report, color: bool) -> String {
    let count = report.findings.iter().filter(|f| f.file == file).count();
    let file = line(file);
    let noun = if count == 1 { "finding" } else { "findings" };
    if color {
        format!("\n\x1b[1m{file}\x1b[0m: {count} {noun}")
    } else {
        format!("\n{file}: {count} {noun}")
    }
}

/// The closing summary: findings by severity and area, what was scanned, skipped and suppressed.
fn write_summary(report: &Report, options: HumanOptions, out: &mut impl Write) -> io::Result<()> {
    let summary = &report.summary;
    let files_with_findings = {
        let mut files: Vec<&str> = report.findings.iter().map(|f| f.file.as_str()).collect();
        files.dedup();
        files.len()
    };
    writeln!(out, "\nsrm-lint {}: summary", report.version)?;
    let severities: Vec<String> = Severity::ALL
        .iter()
        .filter_map(|s| {
            summary
                .findings_by_severity
                .get(s)
                .map(|n| format!("{n} {s}"))
        })
        .collect();
    if report.findings.is_empty() {
        writeln!(out, "  findings: none")?;
    } else {
        writeln!(
            out,
            "  findings: {} in {} file{} ({})",
            report.findings.len(),
            files_with_findings,
            if files_with_findings == 1 { "" } else { "s" },
            severities.join(", ")
        )?;
    }
    let responsibility = &summary.responsibility;
    if !responsibility.service_models.is_empty() {
        let models: Vec<String> = responsibility
            .service_models
            .iter()
            .map(|(model, used)| format!("{} {}", model.label(), used.resources))
            .collect();
        writeln!(out, "  service models (resources): {}", models.join(", "))?;
    }
    let lines = super::matrix::coverage_lines(responsibility);
    if !lines.is_empty() {
        writeln!(
            out,
            "  by shared-responsibility area: resources passed and failed (owner for these service models)"
        )?;
        for (area, text) in lines {
            writeln!(out, "    {:<26} {text}", area.as_str())?;
        }
    }
    writeln!(
        out,
        "  scanned: {} file{}, {} document{}",
        summary.files_scanned,
        if summary.files_scanned == 1 { "" } else { "s" },
        summary.documents,
        if summary.documents == 1 { "" } else { "s" }
    )?;
    if !summary.skipped.is_empty() {
        if options.verbose {
            writeln!(out, "  skipped: {} file(s)", summary.skipped.len())?;
            for skipped in &summary.skipped {
                writeln!(
                    out,
                    "    {}: {}",
                    line(&skipped.file),
                    line(&skipped.reason)
                )?;
            }
        } else {
            let mut by_reason: BTreeMap<&str, usize> = BTreeMap::new();
            for skipped in &summary.skipped {
                *by_reason.entry(skipped.reason.as_str()).or_default() += 1;
            }
            writeln!(
                out,
                "  skipped: {} file(s) (list them with --verbose)",
                summary.skipped.len()
            )?;
            for (reason, count) in by_reason {
                writeln!(out, "    {count} x {reason}")?;
            }
        }
    }
    if !report.suppressed.is_empty() {
        let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
        for finding in &report.suppressed {
            if let Some(suppression) = &finding.suppression {
                *by_kind.entry(suppression.kind.as_str()).or_default() += 1;
            }
        }
        let kinds: Vec<String> = by_kind
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect();
        writeln!(
            out,
            "  suppressed: {} ({}; listed in --format json)",
            report.suppressed.len(),
            kinds.join(", ")
        )?;
    }
    if !report.warnings.is_empty() {
        writeln!(out, "  warnings: {}", report.warnings.len())?;
    }
    if !report.errors.is_empty() {
        writeln!(out, "  errors: {} (exit code 2)", report.errors.len())?;
    }
    let duties: Vec<String> = Duty::ALL
        .iter()
        .filter(|d| d.area().is_none())
        .map(|d| d.as_str().to_string())
        .collect();
    writeln!(out, "  not checkable from code: {}", duties.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window read gives miette exactly what reading the whole text gives.
    #[test]
    fn snippets_read_the_same_as_the_whole_text() {
        let mut text = String::new();
        for i in 0..60 {
            text.push_str(&format!("line {i} = \"value {i}\""));
            text.push_str(match i % 4 {
                0 => "\r\n",
                1 => "\r",
                _ => "\n",
            });
        }
        let snippets = Snippets::new("f.tf".into(), text.clone());
        for offset in (0..text.len()).step_by(7) {
            for length in [0, 1, 5, 40, 200] {
                if offset + length > text.len() {
                    continue;
                }
                for context in [0, 1, 2] {
                    let span = SourceSpan::new(offset.into(), length);
                    let whole = text.read_span(&span, context, context);
                    let window = snippets.read_span(&span, context, context);
                    match (whole, window) {
                        (Ok(whole), Ok(window)) => {
                            assert_eq!(
                                (
                                    whole.data(),
                                    *whole.span(),
                                    whole.line(),
                                    whole.column(),
                                    whole.line_count()
                                ),
                                (
                                    window.data(),
                                    *window.span(),
                                    window.line(),
                                    window.column(),
                                    window.line_count()
                                ),
                                "offset {offset}, length {length}, context {context}"
                            );
                            assert_eq!(window.name(), Some("f.tf"));
                        }
                        (whole, window) => assert_eq!(whole.is_ok(), window.is_ok()),
                    }
                }
            }
        }
    }
}
