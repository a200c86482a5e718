//! The responsibility matrix and a run's coverage as text: `srm-lint matrix` (human, JSON, markdown) and the tables the markdown, GitHub and human reports share.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::model::{Area, Duty, Matrix, Owner, ResponsibilitySummary, ServiceModel, Tally};

/// `srm-lint matrix --format json`: `{"duties": [{"duty", "title", "checkable", "owner", "why"}]}`, limited to `models`.
pub fn json(matrix: &Matrix, models: &[ServiceModel]) -> Value {
    let duties: Vec<Value> = matrix
        .duties
        .iter()
        .map(|row| {
            let owner: serde_json::Map<String, Value> = models
                .iter()
                .filter_map(|m| row.owner.get(m).map(|o| (m.to_string(), json!(o))))
                .collect();
            let why: serde_json::Map<String, Value> = models
                .iter()
                .filter_map(|m| row.why.get(m).map(|w| (m.to_string(), json!(w))))
                .collect();
            json!({
                "duty": row.duty,
                "title": row.duty.title(),
                "checkable": row.checkable,
                "owner": owner,
                "why": why,
            })
        })
        .collect();
    json!({ "duties": duties })
}

/// `srm-lint matrix`: one line per duty with the owner under each model; the reasons below when one model is asked.
pub fn human(matrix: &Matrix, models: &[ServiceModel]) -> String {
    let width = Duty::ALL
        .iter()
        .map(|d| d.as_str().len())
        .max()
        .unwrap_or(0);
    let mut out = format!("{:width$}", "duty");
    for model in models {
        let _ = write!(out, "  {:9}", model.label());
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    for row in &matrix.duties {
        let _ = write!(out, "{:width$}", row.duty.as_str());
        for model in models {
            let owner = row.owner.get(model).map_or("", |o| o.as_str());
            let _ = write!(out, "  {owner:9}");
        }
        out = out.trim_end().to_string();
        if !row.checkable {
            out.push_str("  (not checkable from code)");
        }
        out.push('\n');
    }
    out.push('\n');
    for model in models {
        let _ = writeln!(out, "{}: why", model.label());
        for row in &matrix.duties {
            if let Some(why) = row.why.get(model) {
                let _ = writeln!(out, "  {:width$}  {why}", row.duty.as_str());
            }
        }
    }
    out
}

/// `srm-lint matrix --format markdown`: the owners as a table, then the reasons per model.
pub fn markdown(matrix: &Matrix, models: &[ServiceModel]) -> String {
    let mut out = String::from("# The shared-responsibility matrix\n\n| duty |");
    for model in models {
        let _ = write!(out, " {} |", model.label());
    }
    out.push_str("\n|---|");
    for _ in models {
        out.push_str("---|");
    }
    out.push('\n');
    for row in &matrix.duties {
        let checkable = if row.checkable { "" } else { " ¹" };
        let _ = write!(out, "| {}{checkable} |", row.duty.title());
        for model in models {
            let _ = write!(
                out,
                " {} |",
                row.owner.get(model).map_or("", |o| o.as_str())
            );
        }
        out.push('\n');
    }
    out.push_str(
        "\n¹ not checkable from code: shown so that silence is not mistaken for coverage.\n",
    );
    for model in models {
        let _ = writeln!(out, "\n## {}\n", model.label());
        for row in &matrix.duties {
            if let Some(why) = row.why.get(model) {
                let _ = writeln!(
                    out,
                    "- **{}** ({}): {why}",
                    row.duty.title(),
                    row.owner.get(model).map_or("", |o| o.as_str())
                );
            }
        }
    }
    out
}

/// The markdown tables of a run (the markdown report and the GitHub step
/// summary): the service models found, then each area's owner and checks.
pub fn coverage_markdown(summary: &ResponsibilitySummary) -> String {
    let mut out = String::new();
    if summary.service_models.is_empty() {
        out.push_str("No resource of a known service model was found.\n\n");
    } else {
        out.push_str("Service models in use: ");
        let models: Vec<String> = summary
            .service_models
            .iter()
            .map(|(model, used)| format!("{} ({} resources)", model.label(), used.resources))
            .collect();
        out.push_str(&models.join(", "));
        out.push_str("\n\n");
    }
    let models: Vec<ServiceModel> = summary.service_models.keys().copied().collect();
    out.push_str("| area |");
    for model in &models {
        let _ = write!(out, " {} |", model.label());
    }
    out.push_str(" policies | passed | failed | suppressed | not judged | pass rate |\n|---|");
    for _ in &models {
        out.push_str("---|");
    }
    out.push_str("--:|--:|--:|--:|--:|--:|\n");
    for (area, coverage) in &summary.areas {
        let _ = write!(out, "| {} |", area.title());
        for model in &models {
            let owner = coverage.owner.get(model).map_or("", |o| o.as_str());
            let _ = write!(out, " {owner} |");
        }
        let tally = &coverage.tally;
        let _ = writeln!(
            out,
            " {} | {} | {} | {} | {} | {} |",
            tally.policies,
            tally.passed,
            tally.failed,
            tally.suppressed,
            tally.not_judged,
            pass_rate(tally)
        );
    }
    for (framework, table) in &summary.frameworks {
        let _ = writeln!(
            out,
            "\n**{framework}**: {} controls checked by {} policies\n\n| control | policies | passed | failed | suppressed | not judged |\n|---|--:|--:|--:|--:|--:|",
            table.controls.len(),
            table.tally.policies
        );
        for (control, tally) in &table.controls {
            let _ = writeln!(
                out,
                "| {control} | {} | {} | {} | {} | {} |",
                tally.policies, tally.passed, tally.failed, tally.suppressed, tally.not_judged
            );
        }
    }
    out
}

/// One line per area for the human summary: `iam  customer  12 passed, 2 failed`.
pub fn coverage_lines(summary: &ResponsibilitySummary) -> Vec<(Area, String)> {
    summary
        .areas
        .iter()
        .filter(|(_, c)| c.tally.policies > 0)
        .map(|(area, coverage)| {
            let owners: std::collections::BTreeSet<Owner> =
                coverage.owner.values().copied().collect();
            let owners: Vec<&str> = owners.iter().map(|o| o.as_str()).collect();
            let tally = &coverage.tally;
            let mut text = format!("{} passed, {} failed", tally.passed, tally.failed);
            if tally.suppressed > 0 {
                let _ = write!(text, ", {} suppressed", tally.suppressed);
            }
            if tally.not_judged > 0 {
                let _ = write!(text, ", {} not judged", tally.not_judged);
            }
            if !owners.is_empty() {
                let _ = write!(text, " ({})", owners.join("/"));
            }
            (*area, text)
        })
        .collect()
}

/// `87%`, or `–` when nothing was judged.
pub fn pass_rate(tally: &Tally) -> String {
    match tally.pass_rate() {
        Some(rate) => format!("{:.0}%", rate * 100.0),
        None => "–".to_string(),
    }
}
