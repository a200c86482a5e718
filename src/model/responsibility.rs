//! The shared-responsibility model as data: service models, duties, owners, the matrix, and a run's coverage of the customer's duties.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::taxonomy::Area;

/// How much of a service the provider runs: the split of every duty moves with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceModel {
    /// Virtual machines, disks, networks: the customer runs the guest OS.
    Iaas,
    /// Managed Kubernetes and container platforms: the provider runs the control plane.
    Caas,
    /// Managed databases, storage, queues, gateways: the provider runs OS and engine.
    Paas,
    /// Functions: the provider runs the runtime host, the customer its code.
    Faas,
    /// Services consumed whole (identity, key management, audit and threat detection).
    Saas,
}

impl ServiceModel {
    pub const ALL: [ServiceModel; 5] = [
        ServiceModel::Iaas,
        ServiceModel::Caas,
        ServiceModel::Paas,
        ServiceModel::Faas,
        ServiceModel::Saas,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ServiceModel::Iaas => "iaas",
            ServiceModel::Caas => "caas",
            ServiceModel::Paas => "paas",
            ServiceModel::Faas => "faas",
            ServiceModel::Saas => "saas",
        }
    }

    /// `IaaS`, `CaaS`, …: how people write it.
    pub fn label(self) -> &'static str {
        match self {
            ServiceModel::Iaas => "IaaS",
            ServiceModel::Caas => "CaaS",
            ServiceModel::Paas => "PaaS",
            ServiceModel::Faas => "FaaS",
            ServiceModel::Saas => "SaaS",
        }
    }

    pub fn parse(text: &str) -> Option<ServiceModel> {
        ServiceModel::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

impl fmt::Display for ServiceModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who carries a duty for a service model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Owner {
    Customer,
    Shared,
    Provider,
}

impl Owner {
    pub fn as_str(self) -> &'static str {
        match self {
            Owner::Customer => "customer",
            Owner::Shared => "shared",
            Owner::Provider => "provider",
        }
    }
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One of the 13 duties of the model: the 8 areas a policy can check, and 5 that no code shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Duty {
    Iam,
    DataSecurity,
    NetworkControls,
    LoggingMonitoring,
    VulnerabilityManagement,
    GuestOs,
    IncidentResponse,
    Compliance,
    PhysicalSecurity,
    Infrastructure,
    Platform,
    SecurityAwareness,
    SlaReview,
}

impl Duty {
    pub const ALL: [Duty; 13] = [
        Duty::Iam,
        Duty::DataSecurity,
        Duty::NetworkControls,
        Duty::LoggingMonitoring,
        Duty::VulnerabilityManagement,
        Duty::GuestOs,
        Duty::IncidentResponse,
        Duty::Compliance,
        Duty::PhysicalSecurity,
        Duty::Infrastructure,
        Duty::Platform,
        Duty::SecurityAwareness,
        Duty::SlaReview,
    ];

    /// The area a policy names for this duty; `None` for the duties no code shows.
    pub fn area(self) -> Option<Area> {
        Some(match self {
            Duty::Iam => Area::Iam,
            Duty::DataSecurity => Area::DataSecurity,
            Duty::NetworkControls => Area::NetworkControls,
            Duty::LoggingMonitoring => Area::LoggingMonitoring,
            Duty::VulnerabilityManagement => Area::VulnerabilityManagement,
            Duty::GuestOs => Area::GuestOs,
            Duty::IncidentResponse => Area::IncidentResponse,
            Duty::Compliance => Area::Compliance,
            _ => return None,
        })
    }

    pub fn of_area(area: Area) -> Duty {
        Duty::ALL
            .into_iter()
            .find(|d| d.area() == Some(area))
            .unwrap_or(Duty::Compliance)
    }

    pub fn as_str(self) -> &'static str {
        match self.area() {
            Some(area) => area.as_str(),
            None => match self {
                Duty::PhysicalSecurity => "physical-security",
                Duty::Infrastructure => "infrastructure",
                Duty::Platform => "platform",
                Duty::SecurityAwareness => "security-awareness",
                _ => "sla-review",
            },
        }
    }

    pub fn title(self) -> &'static str {
        match self.area() {
            Some(area) => area.title(),
            None => match self {
                Duty::PhysicalSecurity => "Physical security",
                Duty::Infrastructure => "Infrastructure (hosts, network fabric, hypervisor)",
                Duty::Platform => "Provider platform and its patching",
                Duty::SecurityAwareness => "Security awareness and training",
                _ => "Reviewing the provider's SLA and security commitments",
            },
        }
    }
}

impl fmt::Display for Duty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One duty's row of the matrix: its owner and why, for every service model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DutyRow {
    pub duty: Duty,
    /// Whether a policy can check it from code (the 8 areas).
    pub checkable: bool,
    pub owner: BTreeMap<ServiceModel, Owner>,
    pub why: BTreeMap<ServiceModel, String>,
}

/// The responsibility matrix: 13 duties × 5 service models.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matrix {
    pub duties: Vec<DutyRow>,
}

impl Matrix {
    pub fn row(&self, duty: Duty) -> Option<&DutyRow> {
        self.duties.iter().find(|r| r.duty == duty)
    }

    /// The owner of `duty` for `model` (`Shared` if the matrix lacks the cell, which its loader forbids).
    pub fn owner(&self, duty: Duty, model: ServiceModel) -> Owner {
        self.row(duty)
            .and_then(|r| r.owner.get(&model).copied())
            .unwrap_or(Owner::Shared)
    }
}

/// Resources of one service model found in a run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ModelUse {
    pub resources: usize,
    pub types: BTreeMap<String, usize>,
}

/// How the checks of one area (or one framework control) came out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Policies that ran on at least one document.
    pub policies: usize,
    /// (policy, resource) pairs judged and found good.
    pub passed: usize,
    /// (policy, resource) pairs with an unsuppressed finding.
    pub failed: usize,
    /// (policy, resource) pairs whose every finding is suppressed.
    pub suppressed: usize,
    /// (policy, resource) pairs the policy could not decide (unknown values).
    pub not_judged: usize,
}

impl Tally {
    pub fn add(&mut self, other: &Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.suppressed += other.suppressed;
        self.not_judged += other.not_judged;
    }

    /// Pairs judged: passed + failed + suppressed.
    pub fn judged(&self) -> usize {
        self.passed + self.failed + self.suppressed
    }

    /// passed / judged, `None` when nothing was judged.
    pub fn pass_rate(&self) -> Option<f64> {
        let judged = self.judged();
        (judged > 0).then(|| self.passed as f64 / judged as f64)
    }
}

/// One area in a run: who owns it for the models present, and how its checks came out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AreaCoverage {
    pub owner: BTreeMap<ServiceModel, Owner>,
    #[serde(flatten)]
    pub tally: Tally,
}

/// One framework (`--framework`): its controls with checks, and their outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FrameworkCoverage {
    #[serde(flatten)]
    pub tally: Tally,
    pub controls: BTreeMap<String, Tally>,
}

/// `summary.responsibility` of a report: the service models in use and the customer's duties checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ResponsibilitySummary {
    /// Only the models present.
    pub service_models: BTreeMap<ServiceModel, ModelUse>,
    /// All 8 areas, always.
    pub areas: BTreeMap<Area, AreaCoverage>,
    /// The frameworks asked for with `--framework`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub frameworks: BTreeMap<String, FrameworkCoverage>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duties_and_areas_correspond() {
        let checkable: Vec<Area> = Duty::ALL.iter().filter_map(|d| d.area()).collect();
        assert_eq!(checkable, Area::ALL.to_vec());
        for area in Area::ALL {
            assert_eq!(Duty::of_area(area).area(), Some(area));
            assert_eq!(Duty::of_area(area).as_str(), area.as_str());
        }
        let names: std::collections::BTreeSet<&str> =
            Duty::ALL.iter().map(|d| d.as_str()).collect();
        assert_eq!(names.len(), 13);
        for duty in Duty::ALL {
            let json = serde_json::to_string(&duty).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", duty.as_str()));
        }
    }

    #[test]
    fn pass_rate_counts_judged_pairs_only() {
        let tally = Tally {
            policies: 3,
            passed: 3,
            failed: 1,
            suppressed: 0,
            not_judged: 5,
        };
        assert_eq!(tally.pass_rate(), Some(0.75));
        assert_eq!(Tally::default().pass_rate(), None);
    }
}
