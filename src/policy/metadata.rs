//! Policy METADATA: the `# METADATA` comment block of each policy, parsed and validated against a closed schema.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::model::{Area, FixSafety, Format, Responsibility, Severity};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InputSelector {
    pub format: Format,
    pub types: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Custom {
    pub id: String,
    pub severity: Severity,
    pub areas: Vec<Area>,
    pub responsibility: Responsibility,
    pub input: InputSelector,
    pub remediation: String,
    #[serde(default)]
    pub frameworks: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub references: Vec<String>,
    /// The equivalent checks of peer tools, for comparison and validation.
    #[serde(default, skip_serializing_if = "Peers::is_empty")]
    pub peers: Peers,
    /// The policy's results carry a `fix`: how safe it is and what it changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<FixMetadata>,
}

/// `custom.fix` of a fixable policy: `{safety: safe|unsafe, change: "..."}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixMetadata {
    pub safety: FixSafety,
    /// One sentence on what the fix changes (and, for an unsafe fix, what it may break).
    pub change: String,
}

/// Equivalent checks in other tools: Checkov ids (`CKV_AWS_19`), KICS query
/// folder names (`s3_bucket_without_server_side_encryption`), Trivy/tfsec ids (`AVD-AWS-0088`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Peers {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkov: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kics: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trivy: Vec<String>,
}

impl Peers {
    pub fn is_empty(&self) -> bool {
        self.checkov.is_empty() && self.kics.is_empty() && self.trivy.is_empty()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    pub title: String,
    pub description: String,
    pub custom: Custom,
}

/// Reads the `# METADATA` block at the top of a policy and validates it.
/// `builtin` policies must also follow the `SRM-<PROVIDER>-<SERVICE>-<NNN>` id scheme
/// (`TF`: Terraform itself, whatever the cloud, such as secrets in any file).
pub fn parse_metadata(rego: &str, builtin: bool) -> Result<Metadata, String> {
    metadata_from_value(super::metadata_text::metadata_value(rego)?, builtin)
}

/// Validates METADATA already read as JSON (the build embeds built-ins' METADATA that way).
pub fn metadata_from_value(value: serde_json::Value, builtin: bool) -> Result<Metadata, String> {
    let metadata: Metadata = serde_json::from_value(value).map_err(|e| format!("METADATA: {e}"))?;
    validate(&metadata, builtin)?;
    Ok(metadata)
}

fn validate(metadata: &Metadata, builtin: bool) -> Result<(), String> {
    let custom = &metadata.custom;
    let id_ok = if builtin {
        let parts: Vec<&str> = custom.id.split('-').collect();
        parts.len() == 4
            && parts[0] == "SRM"
            && ["AWS", "AZURE", "GCP", "K8S", "TF"].contains(&parts[1])
            && !parts[2].is_empty()
            && parts[2]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && parts[3].len() == 3
            && parts[3].chars().all(|c| c.is_ascii_digit())
    } else {
        !custom.id.is_empty()
            && custom
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    if !id_ok {
        return Err(format!(
            "METADATA: custom.id `{}` must look like SRM-<AWS|AZURE|GCP|K8S|TF>-<SERVICE>-<NNN>",
            custom.id
        ));
    }
    let empty = |s: &str| s.trim().is_empty();
    if empty(&metadata.title) || empty(&metadata.description) || empty(&custom.remediation) {
        return Err("METADATA: title, description and custom.remediation must not be empty".into());
    }
    if metadata.title.ends_with('.') {
        return Err("METADATA: title must not end with a period".into());
    }
    if custom.areas.is_empty() {
        return Err("METADATA: custom.areas needs at least one area".into());
    }
    let mut areas = custom.areas.clone();
    areas.sort();
    areas.dedup();
    if areas.len() != custom.areas.len() {
        return Err("METADATA: custom.areas lists an area twice".into());
    }
    if custom.input.types.is_empty() {
        return Err("METADATA: custom.input.types needs at least one resource type or kind".into());
    }
    if let Some(bad) = custom
        .references
        .iter()
        .find(|r| !r.starts_with("https://"))
    {
        return Err(format!(
            "METADATA: reference `{bad}` must be an https:// URL"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "# METADATA\n# title: Bucket is public\n# description: Why.\n# custom:\n#   id: SRM-AWS-S3-009\n#   severity: high\n#   areas: [data-security]\n#   responsibility: customer\n#   input: {format: terraform, types: [aws_s3_bucket]}\n#   remediation: Do `x`.\npackage srm.aws.s3.x\n";

    #[test]
    fn valid_metadata_parses() {
        let metadata = parse_metadata(GOOD, true).expect("valid");
        assert_eq!(metadata.custom.id, "SRM-AWS-S3-009");
        assert_eq!(metadata.custom.areas, [Area::DataSecurity]);
    }

    #[test]
    fn unknown_fields_and_bad_values_are_rejected() {
        let unknown = GOOD.replace(
            "#   severity: high\n",
            "#   severity: high\n#   owner: me\n",
        );
        assert!(
            parse_metadata(&unknown, true)
                .unwrap_err()
                .contains("owner")
        );
        let bad_area = GOOD.replace("[data-security]", "[security]");
        assert!(parse_metadata(&bad_area, true).is_err());
        let bad_id = GOOD.replace("SRM-AWS-S3-009", "S3-9");
        assert!(
            parse_metadata(&bad_id, true)
                .unwrap_err()
                .contains("custom.id")
        );
        assert!(parse_metadata("package x\n", true).is_err());
    }
}
