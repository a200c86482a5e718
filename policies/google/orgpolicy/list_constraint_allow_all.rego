# METADATA
# title: Organization policy allows every value of a security list constraint
# description: >-
#   List constraints such as `iam.allowedPolicyMemberDomains` (domain restricted
#   sharing), `compute.vmExternalIpAccess` or `compute.trustedImageProjects` keep
#   identities outside the organization, external IP addresses and untrusted images
#   out of every project below them. A policy whose unconditional rule sets
#   `allow_all = "TRUE"` (legacy: `list_policy { allow { all = true } }`), or that
#   resets the constraint to its Google default, which allows every value, removes
#   that guardrail for the whole subtree and overrides the restriction set higher
#   in the hierarchy. Conditional exceptions for tagged resources are not reported.
# custom:
#   id: SRM-GCP-ORGPOLICY-002
#   severity: medium
#   areas: [compliance, iam, network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_org_policy_policy
#       - google_organization_policy
#       - google_folder_organization_policy
#       - google_project_organization_policy
#   remediation: >-
#     List the allowed values instead: `spec { rules { values { allowed_values =
#     ["C0abc123"] } } }` for `iam.allowedPolicyMemberDomains` (the customer ID),
#     `spec { rules { deny_all = "TRUE" } }` for `compute.vmExternalIpAccess`, or
#     remove the policy so the parent's restriction is inherited.
#   frameworks: {nist-800-53: [CM-2, CM-6, CM-7, AC-3, SC-7]}
#   references:
#     - "https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints"
#     - "https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/org_policy_policy"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_organization_policy"
package srm.google.orgpolicy.list_constraint_allow_all

import data.srm.lib.terraform as tf

# List constraints that are security guardrails, and what allowing every value allows.
guardrails := {
	"iam.allowedPolicyMemberDomains": "roles can be granted to identities of any domain, including allUsers",
	"iam.workloadIdentityPoolProviders": "workload identity pools can trust any external identity provider",
	"iam.workloadIdentityPoolAwsAccounts": "workload identity pools can trust any AWS account",
	"compute.vmExternalIpAccess": "any VM can get an external IP address",
	"compute.vmCanIpForward": "any VM can forward packets",
	"compute.trustedImageProjects": "VMs can boot from public images of any project",
	"compute.restrictVpcPeering": "VPC networks can peer with any network",
	"run.allowedIngress": "Cloud Run services can accept traffic from the internet",
	"cloudfunctions.allowedIngressSettings": "Cloud Functions can accept traffic from the internet",
}

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
