//! `--format html`: one self-contained page (inline CSS and script, no external asset) with the responsibility matrix, coverage per area and the findings with their code.
//!
//! The page reads without its script (filters are an addition) and prints
//! cleanly. Every scanned text goes through [`escape::xml`], which escapes
//! markup and replaces control and bidirectional-override characters. The
//! numbers carry `data-metric` attributes so a test can read them back.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape::xml as esc;
use super::matrix::pass_rate;
use crate::model::{
    Area, Finding, Owner, Report, ResponsibilitySummary, ServiceModel, Severity, Tally,
};
use crate::policy::Policy;
use crate::policy::service_models::service_models;

/// Findings listed with their code; the rest are counted (JSON has them all).
const MAX_FINDINGS: usize = 5_000;

/// Lines of context around a finding's span.
const CONTEXT_LINES: usize = 2;

/// A finding's span longer than this many lines is shown cut.
const MAX_SPAN_LINES: usize = 12;

const STYLE: &str = r#"
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--good:#1a7f37;--fair:#bf8700;--poor:#cf222e;--none:#8c959f}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:18px 0 8px}
.muted{color:var(--muted)}table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}th{background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.owner-provider{color:var(--muted);background:var(--soft)}.owner-customer,.owner-shared{font-weight:600}
.rate-good{background:#dafbe1}.rate-fair{background:#fff8c5}.rate-poor{background:#ffebe9}.rate-none{background:#fff}
.legend span{display:inline-block;padding:1px 8px;margin-right:6px;border:1px solid var(--line)}
.bar{display:flex;height:14px;width:320px;border:1px solid var(--line);background:var(--soft)}.bar i{display:block;height:100%}
.bar .passed{background:var(--good)}.bar .failed{background:var(--poor)}.bar .suppressed{background:var(--fair)}.bar .not_judged{background:var(--none)}
.finding{border:1px solid var(--line);border-radius:6px;margin:10px 0;padding:8px 12px}.finding header{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.sev{font-size:12px;font-weight:700;text-transform:uppercase;padding:0 6px;border-radius:4px;color:#fff}.sev-critical{background:#82071e}.sev-high{background:var(--poor)}.sev-medium{background:var(--fair)}.sev-low{background:#0969da}.sev-info{background:var(--none)}
pre{background:var(--soft);padding:8px;overflow-x:auto;margin:6px 0;font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace}pre .ln{color:var(--muted);user-select:none;display:inline-block;min-width:3em}
mark{background:#ffd8d3;color:inherit;border-bottom:2px solid var(--poor)}
.filters{background:var(--soft);border:1px solid var(--line);padding:8px 12px;border-radius:6px;margin:10px 0}.filters label{margin-right:10px;white-space:nowrap}
details summary{cursor:pointer;color:var(--muted)}code{background:var(--soft);padding:0 3px;border-radius:3px}
@media print{.filters{display:none}.finding{break-inside:avoid}details>*{display:block}body{max-width:none;padding:0}}
"#;

/// Filters by severity and area; hides groups left empty. Runs only in the page, reads only the page.
const SCRIPT: &str = r#"
(function(){
  var form=document.getElementById('filters');
  if(!form){document.body.setAttribute('data-ready','1');return;}
  form.hidden=false;
  function apply(){
    var sev={},area={};
    form.querySelectorAll('input[name=severity]').forEach(function(i){sev[i.value]=i.checked;});
    form.querySelectorAll('input[name=area]').forEach(function(i){area[i.value]=i.checked;});
    document.querySelectorAll('.finding').forEach(function(f){
      var areas=f.getAttribute('data-areas').split(' ');
      var show=sev[f.getAttribute('data-severity')]&&areas.some(function(a){return area[a];});
      f.hidden=!show;
    });
    document.querySelectorAll('.group').forEach(function(g){
      g.hidden=!g.querySelector('.finding:not([hidden])');
    });
  }
  form.addEventListener('change',apply);
  apply();
  document.body.setAttribute('data-ready','1');
})();
"#;

/// Writes the page.
pub fn write(report: &Report, policies: &[Policy], out: &mut impl Write) -> io::Result<()> {
    let by_id: BTreeMap<&str, &Policy> = policies.iter().map(|p| (p.id(), p)).collect();
    let summary = &report.summary.responsibility;
    let mut page = String::with_capacity(64 * 1024);
    let title = format!(
        "srm-lint report: {} finding{}",
        report.findings.len(),
        if report.findings.len() == 1 { "" } else { "s" }
    );
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"srm-lint {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(report.version),
        esc(&title)
    );
    let _ = writeln!(
        page,
        "<h1>{}</h1>\n<p class=\"muted\">srm-lint {} · <span data-metric=\"files\">{}</span> files, {} documents · <span data-metric=\"findings\">{}</span> findings, <span data-metric=\"suppressed-findings\">{}</span> suppressed · {} errors</p>",
        esc(&title),
        esc(report.version),
        report.summary.files_scanned,
        report.summary.documents,
        report.findings.len(),
        report.suppressed.len(),
        report.errors.len()
    );
    write_matrix(&mut page, summary);
    write_coverage(&mut page, summary);
    write_frameworks(&mut page, summary);
    write_findings(&mut page, report, &by_id);
    write_errors(&mut page, report);
    let _ = writeln!(page, "<script>{SCRIPT}</script>\n</body>\n</html>");
    out.write_all(page.as_bytes())
}

/// Duties × the service models present: the owner in each cell, the customer's and shared cells coloured by the area's pass rate.
fn write_matrix(page: &mut String, summary: &ResponsibilitySummary) {
    let matrix = &service_models().matrix;
    let present: Vec<ServiceModel> = summary.service_models.keys().copied().collect();
    let models = if present.is_empty() {
        ServiceModel::ALL.to_vec()
    } else {
        present
    };
    page.push_str("<h2 id=\"matrix\">Who owns what, for the services in this code</h2>\n");
    if summary.service_models.is_empty() {
        page.push_str("<p class=\"muted\">No resource of a known service model was found; the whole matrix is shown.</p>\n");
    } else {
        let used: Vec<String> = summary
            .service_models
            .iter()
            .map(|(model, used)| {
                let types: Vec<String> = used
                    .types
                    .iter()
                    .map(|(t, n)| format!("{} × {n}", esc(t)))
                    .collect();
                format!(
                    "<b>{}</b> <span data-metric=\"model-resources\" data-model=\"{model}\">{}</span> resources <span class=\"muted\">({})</span>",
                    model.label(),
                    used.resources,
                    types.join(", ")
                )
            })
            .collect();
        let _ = writeln!(page, "<p>{}</p>", used.join("<br>"));
    }
    page.push_str("<p class=\"legend muted\">Cells you own or share are coloured by how the checks of that area came out: <span class=\"rate-good\">90% or more passed</span><span class=\"rate-fair\">60–90%</span><span class=\"rate-poor\">under 60%</span><span class=\"rate-none\">nothing checked</span></p>\n");
    page.push_str("<table class=\"matrix\">\n<thead><tr><th>duty</th>");
    for model in &models {
        let _ = write!(page, "<th>{}</th>", model.label());
    }
    page.push_str("<th class=\"num\">pass rate</th></tr></thead>\n<tbody>\n");
    for row in &matrix.duties {
        let tally = row
            .duty
            .area()
            .and_then(|a| summary.areas.get(&a))
            .map(|c| c.tally);
        let _ = write!(
            page,
            "<tr data-duty=\"{}\"><th>{}{}</th>",
            row.duty,
            esc(row.duty.title()),
            if row.checkable {
                ""
            } else {
                " <span class=\"muted\">(not checkable from code)</span>"
            }
        );
        for model in &models {
            let owner = row.owner.get(model).copied().unwrap_or(Owner::Shared);
            let rate_class = match (owner, tally) {
                (Owner::Provider, _) | (_, None) => String::new(),
                (_, Some(tally)) => format!(" {}", rate_class(&tally)),
            };
            let why = row.why.get(model).map_or(String::new(), |w| esc(w));
            let _ = write!(
                page,
                "<td class=\"owner-{owner}{rate_class}\" title=\"{why}\" data-model=\"{model}\">{owner}</td>"
            );
        }
        match tally {
            Some(tally) => {
                let _ = writeln!(page, "<td class=\"num\">{}</td></tr>", pass_rate(&tally));
            }
            None => page.push_str("<td class=\"num muted\">–</td></tr>\n"),
        }
    }
    page.push_str("</tbody>\n</table>\n<details><summary>Why each cell (hover a cell for its reason)</summary><ul>\n");
    for row in &matrix.duties {
        for model in &models {
            if let Some(why) = row.why.get(model) {
                let _ = writeln!(
                    page,
                    "<li><b>{}</b>, {}: {}</li>",
                    esc(row.duty.title()),
                    model.label(),
                    esc(why)
                );
            }
        }
    }
    page.push_str("</ul></details>\n");
}

fn rate_class(tally: &Tally) -> &'static str {
    match tally.pass_rate() {
        None => "rate-none",
        Some(rate) if rate >= 0.9 => "rate-good",
        Some(rate) if rate >= 0.6 => "rate-fair",
        Some(_) => "rate-poor",
    }
}

/// Per area: the numbers and a bar of passed / failed / suppressed / not judged.
fn write_coverage(page: &mut String, summary: &ResponsibilitySummary) {
    page.push_str("<h2 id=\"coverage\">Coverage of your duties, by area</h2>\n<p class=\"muted\">Each number counts (policy, resource) pairs: a resource checked by three policies counts three times. <i>Not judged</i>: the value a policy needs is unknown before apply.</p>\n<table class=\"coverage\">\n<thead><tr><th>area</th><th class=\"num\">policies</th><th class=\"num\">passed</th><th class=\"num\">failed</th><th class=\"num\">suppressed</th><th class=\"num\">not judged</th><th>outcome</th></tr></thead>\n<tbody>\n");
    for (area, coverage) in &summary.areas {
        let tally = &coverage.tally;
        let _ = write!(
            page,
            "<tr data-area=\"{area}\"><th>{}</th><td class=\"num\" data-metric=\"policies\">{}</td><td class=\"num\" data-metric=\"passed\">{}</td><td class=\"num\" data-metric=\"failed\">{}</td><td class=\"num\" data-metric=\"suppressed\">{}</td><td class=\"num\" data-metric=\"not_judged\">{}</td><td>",
            esc(area.title()),
            tally.policies,
            tally.passed,
            tally.failed,
            tally.suppressed,
            tally.not_judged
        );
        write_bar(page, tally);
        page.push_str("</td></tr>\n");
    }
    page.push_str("</tbody>\n</table>\n");
}

fn write_bar(page: &mut String, tally: &Tally) {
    let total = tally.passed + tally.failed + tally.suppressed + tally.not_judged;
    page.push_str("<div class=\"bar\" role=\"img\"");
    let _ = write!(
        page,
        " aria-label=\"{} passed, {} failed, {} suppressed, {} not judged\">",
        tally.passed, tally.failed, tally.suppressed, tally.not_judged
    );
    if total > 0 {
        for (class, n) in [
            ("passed", tally.passed),
            ("failed", tally.failed),
            ("suppressed", tally.suppressed),
            ("not_judged", tally.not_judged),
        ] {
            if n > 0 {
                let _ = write!(
                    page,
                    "<i class=\"{class}\" style=\"width:{:.2}%\"></i>",
                    n as f64 * 100.0 / total as f64
                );
            }
        }
    }
    page.push_str("</div>");
}

/// The `--framework` tables: each control with its checks.
fn write_frameworks(page: &mut String, summary: &ResponsibilitySummary) {
    for (framework, table) in &summary.frameworks {
        let _ = writeln!(
            page,
            "<h2 id=\"framework-{}\">Framework {}</h2>\n<p>{} controls checked by {} policies.</p>\n<table class=\"framework\" data-framework=\"{}\">\n<thead><tr><th>control</th><th class=\"num\">policies</th><th class=\"num\">passed</th><th class=\"num\">failed</th><th class=\"num\">suppressed</th><th class=\"num\">not judged</th></tr></thead>\n<tbody>",
            esc(framework),
            esc(framework),
            table.controls.len(),
            table.tally.policies,
            esc(framework)
        );
        for (control, tally) in &table.controls {
            let _ = writeln!(
                page,
                "<tr data-control=\"{}\"><th>{}</th><td class=\"num\" data-metric=\"policies\">{}</td><td class=\"num\" data-metric=\"passed\">{}</td><td class=\"num\" data-metric=\"failed\">{}</td><td class=\"num\" data-metric=\"suppressed\">{}</td><td class=\"num\" data-metric=\"not_judged\">{}</td></tr>",
                esc(control),
                esc(control),
                tally.policies,
                tally.passed,
                tally.failed,
                tally.suppressed,
                tally.not_judged
            );
        }
        page.push_str("</tbody>\n</table>\n");
    }
}

/// Findings grouped by their primary area, then by file, each with its code.
fn write_findings(page: &mut String, report: &Report, by_id: &BTreeMap<&str, &Policy>) {
    page.push_str("<h2 id=\"findings\">Findings</h2>\n");
    if report.findings.is_empty() {
        page.push_str("<p>No findings.</p>\n");
        return;
    }
    page.push_str("<form id=\"filters\" class=\"filters\" hidden><b>Show</b> severity: ");
    for severity in Severity::ALL.iter().rev() {
        let _ = write!(
            page,
            "<label><input type=\"checkbox\" name=\"severity\" value=\"{severity}\" checked> {severity}</label>"
        );
    }
    page.push_str("<br>area: ");
    for area in Area::ALL {
        let _ = write!(
            page,
            "<label><input type=\"checkbox\" name=\"area\" value=\"{area}\" checked> {area}</label>"
        );
    }
    page.push_str("</form>\n");
    let mut grouped: BTreeMap<Area, BTreeMap<&str, Vec<&Finding>>> = BTreeMap::new();
    for finding in report.findings.iter().take(MAX_FINDINGS) {
        let area = finding.areas.first().copied().unwrap_or(Area::Compliance);
        grouped
            .entry(area)
            .or_default()
            .entry(finding.file.as_str())
            .or_default()
            .push(finding);
    }
    for (area, files) in &grouped {
        let count: usize = files.values().map(Vec::len).sum();
        let _ = writeln!(
            page,
            "<section class=\"group\" data-area=\"{area}\"><h3>{} <span class=\"muted\">({count})</span></h3>",
            esc(area.title())
        );
        for (file, findings) in files {
            let _ = writeln!(page, "<section class=\"group\"><h4>{}</h4>", esc(file));
            for finding in findings {
                write_finding(
                    page,
                    finding,
                    by_id.get(finding.policy_id.as_str()).copied(),
                );
            }
            page.push_str("</section>\n");
        }
        page.push_str("</section>\n");
    }
    if report.findings.len() > MAX_FINDINGS {
        let _ = writeln!(
            page,
            "<p><b>{} more findings are not shown here</b>; the JSON report (<code>--format json</code>) lists them all.</p>",
            report.findings.len() - MAX_FINDINGS
        );
    }
}

fn write_finding(page: &mut String, finding: &Finding, policy: Option<&Policy>) {
    let areas: Vec<&str> = finding.areas.iter().map(|a| a.as_str()).collect();
    let _ = write!(
        page,
        "<article class=\"finding\" data-severity=\"{}\" data-areas=\"{}\"><header><span class=\"sev sev-{}\">{}</span><b>{}</b><span>{}</span><span class=\"muted\">{}:{}:{} · {} · {}</span></header>\n<p>{}</p>\n",
        finding.severity,
        areas.join(" "),
        finding.severity,
        finding.severity,
        esc(&finding.policy_id),
        esc(&finding.title),
        esc(&finding.file),
        finding.start_line,
        finding.start_column,
        esc(&finding.resource),
        areas.join(", "),
        esc(&finding.message)
    );
    write_snippet(page, finding);
    if let Some(policy) = policy {
        let custom = &policy.metadata.custom;
        let _ = writeln!(
            page,
            "<p><b>Fix:</b> {}</p>\n<details><summary>About {}</summary><p>{}</p><p><a href=\"{}\">Policy documentation</a></p></details>",
            code_spans(&custom.remediation),
            esc(policy.id()),
            esc(&policy.metadata.description),
            esc(&policy.docs_url())
        );
    }
    page.push_str("</article>\n");
}

/// The finding's lines with two lines of context, its span marked.
fn write_snippet(page: &mut String, finding: &Finding) {
    let source = &finding.source;
    let text = source.text.as_str();
    let lines = &source.lines;
    if finding.start_line == 0 || finding.start_line > lines.line_count() {
        return;
    }
    let first = finding.start_line.saturating_sub(CONTEXT_LINES).max(1);
    let span_end_line = finding
        .end_line
        .max(finding.start_line)
        .min(finding.start_line + MAX_SPAN_LINES);
    let last = (span_end_line + CONTEXT_LINES).min(lines.line_count());
    page.push_str("<pre><code>");
    for number in first..=last {
        let range = lines.line_range(text, number);
        let line = text.get(range.clone()).unwrap_or("");
        let _ = write!(page, "<span class=\"ln\">{number}</span>");
        // The marked part of this line: the span clipped to it.
        let start = finding.span.start.clamp(range.start, range.end);
        let end = finding.span.end.clamp(range.start, range.end);
        match (
            text.get(range.start..start),
            text.get(start..end),
            text.get(end..range.end),
        ) {
            (Some(before), Some(marked), Some(after)) if start < end => {
                let _ = write!(
                    page,
                    "{}<mark>{}</mark>{}",
                    esc(before),
                    esc(marked),
                    esc(after)
                );
            }
            _ => page.push_str(&esc(line)),
        }
        page.push('\n');
    }
    page.push_str("</code></pre>\n");
}

/// Remediation text with its `code` spans as `<code>`, everything escaped.
fn code_spans(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{}</code>", esc(part));
        } else {
            out.push_str(&esc(part));
        }
    }
    out
}

fn write_errors(page: &mut String, report: &Report) {
    if report.errors.is_empty() {
        return;
    }
    let _ = writeln!(
        page,
        "<h2 id=\"errors\">Errors <span class=\"muted\">(<span data-metric=\"errors\">{}</span>; these files or policies were not fully checked)</span></h2>\n<ul>",
        report.errors.len()
    );
    for error in &report.errors {
        let _ = writeln!(
            page,
            "<li><code>{}</code>: {}</li>",
            esc(&error.location()),
            esc(&error.message)
        );
    }
    page.push_str("</ul>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Duty;

    #[test]
    fn markup_in_remediation_is_escaped_and_code_spans_kept() {
        assert_eq!(
            code_spans("set `a = \"<b>\"` & go"),
            "set <code>a = &quot;&lt;b&gt;&quot;</code> &amp; go"
        );
    }

    #[test]
    fn every_duty_has_a_row_and_an_empty_report_renders() {
        let mut report = Report::default();
        report.finish();
        let mut out = Vec::new();
        write(&report, &[], &mut out).expect("memory takes every byte");
        let page = String::from_utf8(out).unwrap_or_default();
        for duty in Duty::ALL {
            assert!(page.contains(&format!("data-duty=\"{duty}\"")), "{duty}");
        }
        assert!(page.contains("No findings."));
        assert!(!page.contains("http://") && !page.contains("src=\""));
    }
}
