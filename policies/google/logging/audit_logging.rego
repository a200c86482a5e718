# METADATA
# title: Cloud Audit Logs do not record data access for all services and users
# description: >-
#   Admin Activity logs are always on, but Data Access audit logs (ADMIN_READ,
#   DATA_READ, DATA_WRITE) are off for almost every service unless an audit
#   config enables them: without them nobody can tell who read a secret, queried
#   a table or downloaded an object, and exempted members leave blind spots an
#   attacker can hide in. This policy reports `allServices` audit configs that miss
#   a log type, audit configs with exempted members, and projects created in the
#   module without an `allServices` audit config (unless the module configures
#   one for a folder or the organization).
# custom:
#   id: SRM-GCP-LOGGING-001
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [google_project_iam_audit_config, google_folder_iam_audit_config, google_organization_iam_audit_config, google_project]
#   remediation: >-
#     Enable all Data Access logs for all services, without exemptions:
#     `resource "google_project_iam_audit_config" "all" { project = google_project.p.project_id
#     service = "allServices" audit_log_config { log_type = "ADMIN_READ" }
#     audit_log_config { log_type = "DATA_READ" } audit_log_config { log_type = "DATA_WRITE" } }`
#     (or the folder/organization equivalent).
#   frameworks: {cis-gcp-2.0: ["2.1"], nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://cloud.google.com/logging/docs/audit/configure-data-access"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#google_project_iam_audit_config"
#   peers:
#     checkov: [CKV2_GCP_5]
#     kics: [iam_audit_not_properly_configured]
#     trivy: [AVD-GCP-0079]
package srm.google.logging.audit_logging

import data.srm.lib.terraform as tf

audit_types := ["google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"]

required_log_types := {"ADMIN_READ", "DATA_READ", "DATA_WRITE"}

deny contains {
	"msg": sprintf("audit config %s for allServices does not enable %s", [r.address, concat(", ", sort(missing))]),
	"resource": r.address,
	"path": ["service"],
} if {
	some r in audit_configs
	r.values.service == "allServices"
	configured := {c.log_type | some c in tf.blocks(r.values, "audit_log_config")}
	not unresolved_log_type(configured)
	missing := required_log_types - configured
	count(missing) > 0
}

deny contains {
	"msg": sprintf("audit config %s exempts %s from %v logs of %v", [r.address, concat(", ", [sprintf("%v", [m]) | some m in c.exempted_members]), c.log_type, r.values.service]),
	"resource": r.address,
	"path": ["audit_log_config", i, "exempted_members"],
} if {
	some r in audit_configs
	some i, c in tf.blocks(r.values, "audit_log_config")
	is_array(c.exempted_members)
	count(c.exempted_members) > 0
}

deny contains {
	"msg": sprintf("project %s has no google_project_iam_audit_config with service = \"allServices\" in this module: Data Access audit logs stay off", [p.address]),
	"resource": p.address,
	"path": ["project_id"],
} if {
	not inherited_config
	some p in tf.resources("google_project")
	not has_all_services_config(p)
}

audit_configs contains r if {
	some type in audit_types
	some r in tf.resources(type)
}

unresolved_log_type(types) if {
	some t in types
	tf.is_unresolved(t)
}

# A folder or organization audit config of the module covers the projects under it.
inherited_config if {
	some type in ["google_folder_iam_audit_config", "google_organization_iam_audit_config"]
	some r in tf.resources(type)
	r.values.service in {"allServices", null}
}

inherited_config if {
	some type in ["google_folder_iam_audit_config", "google_organization_iam_audit_config"]
	some r in tf.resources(type)
	tf.is_unresolved(r.values.service)
}

# has_all_services_config(p): a google_project_iam_audit_config for all services
# applies to the project, by a reference to it or by its project_id. Looked up in
# sets computed once per document, not by scanning every audit config per project.
has_all_services_config(p) if {
	some key in tf.reference_keys(p.address)
	all_services_project_references[key]
}

has_all_services_config(p) if all_services_projects[p.values.project_id]

# The addresses the `project` of an all-services audit config refers to.
all_services_project_references contains address if {
	some r in tf.resources("google_project_iam_audit_config")
	service_covers_all(r.values.service)
	some address in tf.references(r, "project")
}

# The string `project` of each all-services audit config.
all_services_projects contains project if {
	some r in tf.resources("google_project_iam_audit_config")
	service_covers_all(r.values.service)
	project := r.values.project
	is_string(project)
}

service_covers_all(service) if service == "allServices"

service_covers_all(service) if tf.is_unresolved(service)
