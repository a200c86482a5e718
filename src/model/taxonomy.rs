//! The shared-responsibility vocabulary: severities, the customer-side areas and who owns a duty.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The customer-side areas of the shared-responsibility model (see the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    Iam,
    DataSecurity,
    NetworkControls,
    LoggingMonitoring,
    VulnerabilityManagement,
    GuestOs,
    IncidentResponse,
    Compliance,
}

impl Area {
    pub const ALL: [Area; 8] = [
        Area::Iam,
        Area::DataSecurity,
        Area::NetworkControls,
        Area::LoggingMonitoring,
        Area::VulnerabilityManagement,
        Area::GuestOs,
        Area::IncidentResponse,
        Area::Compliance,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Iam => "iam",
            Area::DataSecurity => "data-security",
            Area::NetworkControls => "network-controls",
            Area::LoggingMonitoring => "logging-monitoring",
            Area::VulnerabilityManagement => "vulnerability-management",
            Area::GuestOs => "guest-os",
            Area::IncidentResponse => "incident-response",
            Area::Compliance => "compliance",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Area::Iam => "Identity and access management",
            Area::DataSecurity => "Data security",
            Area::NetworkControls => "Network controls",
            Area::LoggingMonitoring => "Logging and monitoring",
            Area::VulnerabilityManagement => "Vulnerability management",
            Area::GuestOs => "Guest OS and workload hardening",
            Area::IncidentResponse => "Incident response and recovery",
            Area::Compliance => "Compliance and governance",
        }
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Responsibility {
    Customer,
    Shared,
}

impl Responsibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Responsibility::Customer => "customer",
            Responsibility::Shared => "shared",
        }
    }
}

/// How far a fix can be trusted: `safe` tightens security without breaking a
/// running workload or replacing a resource; `unsafe` may do either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FixSafety {
    Safe,
    Unsafe,
}

impl FixSafety {
    pub fn as_str(self) -> &'static str {
        match self {
            FixSafety::Safe => "safe",
            FixSafety::Unsafe => "unsafe",
        }
    }
}
