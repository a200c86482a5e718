# METADATA
# title: EKS cluster runs a Kubernetes version that is past end of standard support
# description: >-
#   Each Kubernetes minor version gets 14 months of standard support on EKS, then
#   12 months of paid extended support, after which EKS upgrades the control plane
#   on its own schedule. An old version misses upstream security fixes and
#   hardening, pins add-ons and node AMIs to old releases, and turns the upgrade
#   into a forced, untested event. Choosing and upgrading the version is the
#   customer's duty; AWS only patches within a supported minor version.
# custom:
#   id: SRM-AWS-EKS-004
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_eks_cluster]}
#   remediation: >-
#     Upgrade one minor version at a time to a version in standard support, e.g.
#     `version = "1.34"` (check add-ons and node groups first), and keep
#     `upgrade_policy { support_type = "STANDARD" }` so an outdated cluster is not
#     silently kept in extended support.
#   frameworks: {nist-800-53: [SI-2, SA-22, CM-2]}
#   references:
#     - "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html"
#     - "https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#version"
#   peers: {checkov: [CKV_AWS_339]}
package srm.aws.eks.outdated_version

import data.srm.lib.terraform as tf

# The oldest minor version (1.x) still in EKS standard support when this list
# was last reviewed (November 2026). Update it with the EKS release calendar.
minimum_standard_minor := 34

# End of standard and of extended support of recent minor versions
# (https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html).
calendar := {
	23: ["2023-10-11", "2024-10-11"],
	24: ["2024-01-31", "2025-01-31"],
	25: ["2024-05-01", "2025-05-01"],
	26: ["2024-06-11", "2025-06-11"],
	27: ["2024-07-24", "2025-07-24"],
	28: ["2024-11-26", "2025-11-26"],
	29: ["2025-03-23", "2026-03-23"],
	30: ["2025-07-23", "2026-07-23"],
	31: ["2025-11-26", "2026-11-26"],
	32: ["2026-03-23", "2027-03-23"],
	33: ["2026-07-29", "2027-07-29"],
}

# Versions whose extended support had also ended when the list was reviewed.
last_unsupported_minor := 31

deny contains {
	"msg": sprintf("EKS cluster %s runs Kubernetes %s: %s; upgrade to 1.%d or later", [r.address, version, status(minor), minimum_standard_minor]),
	"resource": r.address,
	"path": ["version"],
} if {
	some r in tf.resources("aws_eks_cluster")
	version := r.values.version
	minor := minor_version(version)
	minor < minimum_standard_minor
}

# minor_version("1.29") is 29; undefined for anything but a literal 1.x version.
minor_version(version) := to_number(parts[1]) if {
	is_string(version)
	regex.match(`^1\.[0-9]+(\.[0-9]+)?$`, version)
	parts := split(version, ".")
}

status(minor) := "this version has been out of EKS support for years" if {
	not calendar[minor]
} else := sprintf("standard support ended on %s and extended support (at extra cost) on %s", calendar[minor]) if {
	minor <= last_unsupported_minor
} else := sprintf("standard support ended on %s; it is in paid extended support until %s", calendar[minor])
