# METADATA
# title: Security Command Center mute rule hides high or critical findings wholesale
# description: >-
#   A mute rule hides every matching finding from the Security Command Center
#   console, from notification streams filtered on `mute != "MUTED"` and from the
#   teams that triage them. A rule that matches on severity (or state) alone, with
#   no category, resource or project in its filter, silences every high or critical
#   finding to come, including threats detected long after the rule was written
#   for a single noisy detector. Mute rules should be scoped to the category and
#   resources that were reviewed; rules that mute only low or medium findings are
#   not reported.
# custom:
#   id: SRM-GCP-SCC-001
#   severity: medium
#   areas: [incident-response, logging-monitoring]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_scc_mute_config
#       - google_scc_v2_organization_mute_config
#       - google_scc_v2_folder_mute_config
#       - google_scc_v2_project_mute_config
#   remediation: >-
#     Narrow the filter to the reviewed finding category and resources, e.g.
#     `filter = "category = \"OPEN_FIREWALL\" AND resource.project_display_name =
#     \"acme-sandbox\""`, and prefer a `DYNAMIC` rule with an expiry time for
#     temporary exceptions.
#   frameworks: {nist-800-53: [IR-4, IR-5, SI-4, AU-6]}
#   references:
#     - "https://cloud.google.com/security-command-center/docs/how-to-mute-findings"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/scc_v2_organization_mute_config"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/scc_mute_config"
package srm.google.scc.mute_serious_findings

import data.srm.lib.terraform as tf

mute_types := {
	"google_scc_mute_config",
	"google_scc_v2_organization_mute_config",
	"google_scc_v2_folder_mute_config",
	"google_scc_v2_project_mute_config",
}

# Filter fields that select findings by how serious or how recent they are, not by
# what or where they are.
unscoped_fields := {"severity", "state", "mute", "finding_class", "event_time", "create_time", "mute_update_time"}

deny contains {
	"msg": sprintf("mute rule %s mutes %s findings of every category and resource (filter %q): new threats of that severity never reach responders", [r.address, what, r.values.filter]),
	"resource": r.address,
	"path": ["filter"],
} if {
	some type in mute_types
	some r in tf.resources(type)
	filter := r.values.filter
	is_string(filter)
	not tf.is_unresolved(filter)
	fields := filter_fields(filter)
	count(fields - unscoped_fields) == 0
	what := muted_severity(filter, fields)
}

unknown contains {"resource": r.address, "path": ["filter"]} if {
	some type in mute_types
	some r in tf.resources(type)
	tf.is_unresolved(r.values.filter)
}

# filter_fields(filter): the lower-cased field names restricted by the filter
# (quoted values removed first, so their text is not taken for a field).
filter_fields(filter) := {lower(match[1]) |
	stripped := regex.replace(filter, `"[^"]*"`, `""`)
	some match in regex.find_all_string_submatch_n(`([A-Za-z_][A-Za-z0-9_.]*)\s*(?:!=|>=|<=|=|:|>|<)`, stripped, -1)
}

muted_severity(_, fields) := "all" if not "severity" in fields

muted_severity(filter, fields) := "high or critical" if {
	"severity" in fields
	regex.match(`(?i)severity\s*(?:=|:)\s*"?\s*(?:HIGH|CRITICAL)`, filter)
}
