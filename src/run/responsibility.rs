//! `summary.responsibility`: the service models a run met and, per area and per framework, how the customer's duties were checked.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    Area, AreaCoverage, Duty, FrameworkCoverage, ModelUse, Report, ResponsibilitySummary,
    ServiceModel, Tally,
};
use crate::policy::Policy;
use crate::policy::service_models::ServiceModels;

/// Computes the summary of a finished report. `failed` and `suppressed` count
/// distinct (policy, document, resource) pairs of the findings, so they agree
/// with `findings` and `suppressed`; `passed` and `not_judged` come from the checks.
pub fn summarize(
    report: &Report,
    policies: &[Policy],
    models: &ServiceModels,
    frameworks: &[String],
) -> ResponsibilitySummary {
    let mut service_models: BTreeMap<ServiceModel, ModelUse> = BTreeMap::new();
    for (resource_type, count) in &report.resource_types {
        if let Some(model) = models.model_of(resource_type) {
            let entry = service_models.entry(model).or_default();
            entry.resources += count;
            *entry.types.entry(resource_type.clone()).or_default() += count;
        }
    }

    let by_policy = tally_by_policy(report);
    let policy_of: BTreeMap<&str, &Policy> = policies.iter().map(|p| (p.id(), p)).collect();

    let mut areas: BTreeMap<Area, AreaCoverage> = Area::ALL
        .iter()
        .map(|&area| {
            let duty = Duty::of_area(area);
            let owner = service_models
                .keys()
                .map(|&model| (model, models.matrix.owner(duty, model)))
                .collect();
            (
                area,
                AreaCoverage {
                    owner,
                    tally: Tally::default(),
                },
            )
        })
        .collect();
    let mut framework_tables: BTreeMap<String, FrameworkCoverage> = frameworks
        .iter()
        .map(|f| (f.clone(), FrameworkCoverage::default()))
        .collect();
    for (id, tally) in &by_policy {
        // A finding of a policy that is no longer selected cannot happen; a
        // policy unknown here would only come from a baseline, which adds no finding.
        let Some(policy) = policy_of.get(id.as_str()) else {
            continue;
        };
        for area in &policy.metadata.custom.areas {
            if let Some(coverage) = areas.get_mut(area) {
                coverage.tally.policies += 1;
                coverage.tally.add(tally);
            }
        }
        for (framework, table) in framework_tables.iter_mut() {
            let Some(controls) = policy.metadata.custom.frameworks.get(framework) else {
                continue;
            };
            table.tally.policies += 1;
            table.tally.add(tally);
            for control in controls {
                let row = table.controls.entry(control.clone()).or_default();
                row.policies += 1;
                row.add(tally);
            }
        }
    }
    ResponsibilitySummary {
        service_models,
        areas,
        frameworks: framework_tables,
    }
}

/// Per policy id that ran: passed and not judged from the checks, failed and
/// suppressed from the findings (distinct resources per document).
fn tally_by_policy(report: &Report) -> BTreeMap<String, Tally> {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for check in &report.checks {
        let tally = tallies.entry(check.policy_id.clone()).or_default();
        tally.passed += check.passed;
        tally.not_judged += check.not_judged;
    }
    let failed: BTreeSet<(&str, &str, &str)> = report
        .findings
        .iter()
        .map(|f| {
            (
                f.policy_id.as_str(),
                f.document.as_str(),
                f.resource.as_str(),
            )
        })
        .collect();
    let suppressed: BTreeSet<(&str, &str, &str)> = report
        .suppressed
        .iter()
        .map(|f| {
            (
                f.policy_id.as_str(),
                f.document.as_str(),
                f.resource.as_str(),
            )
        })
        .filter(|pair| !failed.contains(pair))
        .collect();
    for (policy, _, _) in &failed {
        tallies.entry((*policy).to_string()).or_default().failed += 1;
    }
    for (policy, _, _) in &suppressed {
        tallies.entry((*policy).to_string()).or_default().suppressed += 1;
    }
    tallies
}
