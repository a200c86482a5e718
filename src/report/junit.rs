//! `--format junit`: JUnit XML for CI test dashboards: one suite per policy, one test case per document it checked.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::escape::xml;
use crate::model::{Finding, Report, location};

/// The XML document: a suite per policy, a case per (policy, document) it checked, then a suite of tool errors.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let mut by_check: BTreeMap<(&str, &str), Vec<&Finding>> = BTreeMap::new();
    for check in &report.checks {
        by_check
            .entry((check.policy_id.as_str(), check.document.as_str()))
            .or_default();
    }
    for finding in &report.findings {
        by_check
            .entry((finding.policy_id.as_str(), finding.document.as_str()))
            .or_default()
            .push(finding);
    }
    let mut suites: BTreeMap<&str, Vec<(&str, &Vec<&Finding>)>> = BTreeMap::new();
    for ((policy, document), findings) in &by_check {
        suites.entry(policy).or_default().push((document, findings));
    }
    let failures = by_check.values().filter(|f| !f.is_empty()).count();
    let tests = by_check.len() + report.errors.len();
    out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
    writeln!(
        out,
        "<testsuites name=\"srm-lint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{}\">",
        report.errors.len()
    )?;
    for (policy, cases) in &suites {
        let suite_failures = cases.iter().filter(|(_, f)| !f.is_empty()).count();
        writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{suite_failures}\" errors=\"0\">",
            xml(policy),
            cases.len()
        )?;
        for (document, findings) in cases {
            write!(
                out,
                "    <testcase classname=\"{}\" name=\"{}\"",
                xml(policy),
                xml(document)
            )?;
            if findings.is_empty() {
                out.write_all(b"/>\n")?;
                continue;
            }
            out.write_all(b">\n")?;
            let first = findings[0];
            let body: Vec<String> = findings
                .iter()
                .map(|f| {
                    format!(
                        "{}:{}:{} {}: {}",
                        f.file, f.start_line, f.start_column, f.resource, f.message
                    )
                })
                .collect();
            writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                first.severity,
                xml(&format!(
                    "{} ({} finding{})",
                    first.title,
                    findings.len(),
                    if findings.len() == 1 { "" } else { "s" }
                )),
                // One line per finding; each line's own text is escaped whole.
                body.iter()
                    .map(|line| xml(line))
                    .collect::<Vec<_>>()
                    .join("\n")
            )?;
            out.write_all(b"    </testcase>\n")?;
        }
        out.write_all(b"  </testsuite>\n")?;
    }
    if !report.errors.is_empty() {
        writeln!(
            out,
            "  <testsuite name=\"srm-lint\" tests=\"{0}\" failures=\"0\" errors=\"{0}\">",
            report.errors.len()
        )?;
        for error in &report.errors {
            let location = location(&error.file, error.line, None);
            writeln!(
                out,
                "    <testcase classname=\"srm-lint\" name=\"{}\">\n      <error message=\"{}\"/>\n    </testcase>",
                xml(&location),
                xml(&error.message)
            )?;
        }
        out.write_all(b"  </testsuite>\n")?;
    }
    // Warnings (expired or unused suppressions, --strict unknowns) fail nothing: skipped cases.
    if !report.warnings.is_empty() {
        writeln!(
            out,
            "  <testsuite name=\"srm-lint warnings\" tests=\"{0}\" failures=\"0\" errors=\"0\" skipped=\"{0}\">",
            report.warnings.len()
        )?;
        for warning in &report.warnings {
            writeln!(
                out,
                "    <testcase classname=\"srm-lint\" name=\"{}\">\n      <skipped message=\"{}\"/>\n    </testcase>",
                xml(&warning.location()),
                xml(&warning.message)
            )?;
        }
        out.write_all(b"  </testsuite>\n")?;
    }
    out.write_all(b"</testsuites>\n")
}
