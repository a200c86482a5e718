# METADATA
# title: Organization policy turns off a security constraint
# description: >-
#   Boolean organization policy constraints such as
#   `iam.disableServiceAccountKeyCreation`, `compute.requireOsLogin` or
#   `storage.uniformBucketLevelAccess` are the guardrails that keep every project
#   below them compliant, whatever individual teams configure. A policy that sets
#   `enforce = "FALSE"` (or `enforced = false`) without a tag condition, or that
#   resets the constraint to its Google default, removes the guardrail for the
#   whole subtree and silently overrides the enforcement set higher in the
#   hierarchy. Conditional exceptions for tagged resources are not reported.
# custom:
#   id: SRM-GCP-ORGPOLICY-001
#   severity: medium
#   areas: [compliance, iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_org_policy_policy
#       - google_organization_policy
#       - google_folder_organization_policy
#       - google_project_organization_policy
#   remediation: >-
#     Enforce the constraint: `spec { rules { enforce = "TRUE" } }`
#     (`boolean_policy { enforced = true }` for the legacy resources), or remove the
#     policy so the parent's enforcement is inherited; grant exceptions with a rule
#     whose `condition` matches a tag on the few resources that need it.
#   frameworks: {nist-800-53: [CM-2, CM-6, CM-7, AC-6]}
#   references:
#     - "https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints"
#     - "https://cloud.google.com/resource-manager/docs/organization-policy/understanding-hierarchy"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/org_policy_policy"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_organization_policy"
package srm.google.orgpolicy.security_constraint_off

import data.srm.lib.terraform as tf

# Boolean constraints that are security guardrails, and what turning them off allows.
guardrails := {
	"iam.disableServiceAccountKeyCreation": "long-lived service account keys can be created",
	"iam.disableServiceAccountKeyUpload": "external keys can be uploaded to service accounts",
	"iam.automaticIamGrantsForDefaultServiceAccounts": "default service accounts are granted the Editor role",
	"iam.disableAuditLoggingExemption": "principals can be exempted from Data Access audit logs",
	"compute.requireOsLogin": "VMs accept SSH keys from metadata instead of OS Login",
	"compute.requireShieldedVm": "VMs can be created without Shielded VM",
	"compute.disableSerialPortAccess": "interactive serial console access can be enabled",
	"compute.skipDefaultNetworkCreation": "new projects get the default network with its permissive firewall rules",
	"sql.restrictPublicIp": "Cloud SQL instances can get public IP addresses",
	"sql.restrictAuthorizedNetworks": "Cloud SQL instances can allow connections from authorized public networks",
	"storage.uniformBucketLevelAccess": "buckets can use per-object ACLs",
	"storage.publicAccessPrevention": "buckets can be made public",
}

# New-style policies: an unconditional rule with enforce = "FALSE".
deny contains {
	"msg": sprintf("%s sets enforce = FALSE for %s: %s", [p.resource.address, p.constraint, guardrails[p.constraint]]),
	"resource": p.resource.address,
	"path": ["spec", s, "rules", i, "enforce"],
} if {
	some p in policies
	guardrails[p.constraint]
	some s, spec in tf.blocks(p.resource.values, "spec")
	some i, rule in tf.blocks(spec, "rules")
	unconditional(rule)
	not_enforced(object.get(rule, "enforce", null))
}

# New-style policies: reset to the Google default (not enforced).
deny contains {
	"msg": sprintf("%s resets %s to the Google default, dropping the enforcement inherited from its parents: %s", [p.resource.address, p.constraint, guardrails[p.constraint]]),
	"resource": p.resource.address,
	"path": ["spec", s, "reset"],
} if {
	some p in policies
	guardrails[p.constraint]
	some s, spec in tf.blocks(p.resource.values, "spec")
	tf.is_true(spec.reset)
}

# Legacy resources: boolean_policy { enforced = false }.
deny contains {
	"msg": sprintf("%s sets enforced = false for %s: %s", [p.resource.address, p.constraint, guardrails[p.constraint]]),
	"resource": p.resource.address,
	"path": ["boolean_policy", b, "enforced"],
} if {
	some p in policies
	guardrails[p.constraint]
	some b, boolean_policy in tf.blocks(p.resource.values, "boolean_policy")
	tf.is_false(boolean_policy.enforced)
}

# Legacy resources: restore_policy { default = true }.
deny contains {
	"msg": sprintf("%s restores the Google default for %s, dropping the enforcement inherited from its parents: %s", [p.resource.address, p.constraint, guardrails[p.constraint]]),
	"resource": p.resource.address,
	"path": ["restore_policy", x, "default"],
} if {
	some p in policies
	guardrails[p.constraint]
	some x, restore in tf.blocks(p.resource.values, "restore_policy")
	tf.is_true(restore.default)
}

# A policy that turns a constraint off, but whose constraint cannot be read.
unknown contains {"resource": r.address, "path": [attr]} if {
	some type, attr in constraint_attribute
	some r in tf.resources(type)
	not constraint_of(r, attr)
	turns_off(r.values)
}

# turns_off(values): the policy disables or resets whatever constraint it configures.
turns_off(values) if {
	some spec in tf.blocks(values, "spec")
	some rule in tf.blocks(spec, "rules")
	unconditional(rule)
	not_enforced(object.get(rule, "enforce", null))
}

turns_off(values) if {
	some spec in tf.blocks(values, "spec")
	tf.is_true(spec.reset)
}

turns_off(values) if {
	some boolean_policy in tf.blocks(values, "boolean_policy")
	tf.is_false(boolean_policy.enforced)
}

turns_off(values) if {
	some restore in tf.blocks(values, "restore_policy")
	tf.is_true(restore.default)
}

unconditional(rule) if count(tf.blocks(rule, "condition")) == 0

not_enforced(value) if tf.is_false(value)

not_enforced(value) if {
	is_string(value)
	upper(value) == "FALSE"
}

constraint_attribute := {
	"google_org_policy_policy": "name",
	"google_organization_policy": "constraint",
	"google_folder_organization_policy": "constraint",
	"google_project_organization_policy": "constraint",
}

# policies: every policy resource with the constraint it configures.
policies contains {"resource": r, "constraint": constraint} if {
	some type, attr in constraint_attribute
	some r in tf.resources(type)
	constraint := constraint_of(r, attr)
}

# "organizations/123/policies/compute.requireOsLogin", "${google_project.p.id}/policies/x.y"
constraint_of(r, "name") := match[1] if {
	is_string(r.values.name)
	match := regex.find_all_string_submatch_n(`/policies/([A-Za-z0-9_.]+)$`, r.values.name, 1)[0]
}

# "constraints/compute.requireOsLogin" or "compute.requireOsLogin"
constraint_of(r, "constraint") := trim_prefix(r.values.constraint, "constraints/") if {
	is_string(r.values.constraint)
	not tf.is_unresolved(r.values.constraint)
}
