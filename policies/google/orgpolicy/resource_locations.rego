# METADATA
# title: Organization policy lets resources be created in any location
# description: >-
#   The `gcp.resourceLocations` constraint is how an organization keeps data at
#   rest in the regions its regulators, contracts and data-residency commitments
#   (GDPR transfers, sovereignty requirements) allow. A policy whose unconditional
#   rule sets `allow_all = "TRUE"` (legacy: `list_policy { allow { all = true } }`),
#   or that resets the constraint to its Google default, lets every project below
#   it create buckets, databases and disks anywhere, and overrides the restriction
#   set higher in the hierarchy. Conditional exceptions for tagged resources are
#   not reported.
# custom:
#   id: SRM-GCP-ORGPOLICY-003
#   severity: low
#   areas: [compliance, data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_org_policy_policy
#       - google_organization_policy
#       - google_folder_organization_policy
#       - google_project_organization_policy
#   remediation: >-
#     Allow only the approved locations: `spec { rules { values { allowed_values =
#     ["in:eu-locations"] } } }` on `gcp.resourceLocations`, or remove the policy so
#     the parent's restriction is inherited.
#   frameworks: {nist-800-53: [CM-2, CM-6, SA-9(5)]}
#   references:
#     - "https://cloud.google.com/resource-manager/docs/organization-policy/defining-locations"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/org_policy_policy"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_organization_policy"
package srm.google.orgpolicy.resource_locations

import data.srm.lib.terraform as tf

# The resource location restriction, and what allowing every value allows.
guardrails := {"gcp.resourceLocations": "resources with data at rest can be created in any region of the world"}

deny contains {
	"msg": sprintf("%s sets allow_all = TRUE for %s: %s", [p.resource.address, p.constraint, guardrails[p.constraint]]),
	"resource": p.resource.address,
	"path": ["spec", s, "rules", i, "allow_all"],
} if {
	some p in policies
	guardrails[p.constraint]
	some s, spec in tf.blocks(p.resource.values, "spec")
	some i, rule in tf.blocks(spec, "rules")
	count(tf.blocks(rule, "condition")) == 0
	is_true_string(object.get(rule, "allow_all", null))
}

deny contains {
	"msg": sprintf("%s resets %s to the Google default, which allows every value: %s", [p.resource.address, p.constraint, guardrails[p.constraint]]),
	"resource": p.resource.address,
	"path": ["spec", s, "reset"],
} if {
	some p in policies
	guardrails[p.constraint]
	some s, spec in tf.blocks(p.resource.values, "spec")
	tf.is_true(spec.reset)
}

deny contains {
	"msg": sprintf("%s allows all values of %s: %s", [p.resource.address, p.constraint, guardrails[p.constraint]]),
	"resource": p.resource.address,
	"path": ["list_policy", l, "allow", a, "all"],
} if {
	some p in policies
	guardrails[p.constraint]
	some l, list_policy in tf.blocks(p.resource.values, "list_policy")
	some a, allow in tf.blocks(list_policy, "allow")
	tf.is_true(allow.all)
}

deny contains {
	"msg": sprintf("%s restores the Google default for %s, which allows every value: %s", [p.resource.address, p.constraint, guardrails[p.constraint]]),
	"resource": p.resource.address,
	"path": ["restore_policy", x, "default"],
} if {
	some p in policies
	guardrails[p.constraint]
	some x, restore in tf.blocks(p.resource.values, "restore_policy")
	tf.is_true(restore.default)
}

unknown contains {"resource": r.address, "path": [attr]} if {
	some type, attr in constraint_attribute
	some r in tf.resources(type)
	not constraint_of(r, attr)
	opens_up(r.values)
}

is_true_string(value) if tf.is_true(value)

is_true_string(value) if {
	is_string(value)
	upper(value) == "TRUE"
}

# opens_up(values): the policy allows every value of, or resets, whatever constraint it configures.
opens_up(values) if {
	some spec in tf.blocks(values, "spec")
	some rule in tf.blocks(spec, "rules")
	count(tf.blocks(rule, "condition")) == 0
	is_true_string(object.get(rule, "allow_all", null))
}

opens_up(values) if {
	some spec in tf.blocks(values, "spec")
	tf.is_true(spec.reset)
}

opens_up(values) if {
	some list_policy in tf.blocks(values, "list_policy")
	some allow in tf.blocks(list_policy, "allow")
	tf.is_true(allow.all)
}

opens_up(values) if {
	some restore in tf.blocks(values, "restore_policy")
	tf.is_true(restore.default)
}

constraint_attribute := {
	"google_org_policy_policy": "name",
	"google_organization_policy": "constraint",
	"google_folder_organization_policy": "constraint",
	"google_project_organization_policy": "constraint",
}

policies contains {"resource": r, "constraint": constraint} if {
	some type, attr in constraint_attribute
	some r in tf.resources(type)
	constraint := constraint_of(r, attr)
}

constraint_of(r, "name") := match[1] if {
	is_string(r.values.name)
	match := regex.find_all_string_submatch_n(`/policies/([A-Za-z0-9_.]+)$`, r.values.name, 1)[0]
}

constraint_of(r, "constraint") := trim_prefix(r.values.constraint, "constraints/") if {
	is_string(r.values.constraint)
	not tf.is_unresolved(r.values.constraint)
}
