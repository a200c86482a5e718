package srm.google.scc.mute_serious_findings_test

import data.srm.google.scc.mute_serious_findings as policy

mute(filter) := {"format": "terraform", "module": ".", "resources": {"google_scc_v2_organization_mute_config": [{
	"address": "google_scc_v2_organization_mute_config.m", "type": "google_scc_v2_organization_mute_config", "name": "m",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"mute_config_id": "m", "organization": "123", "location": "global", "type": "STATIC", "filter": filter},
}]}}

test_severity_only_rules_are_reported if {
	findings := policy.deny with input as mute("severity = \"HIGH\"")
	{f.path | some f in findings} == {["filter"]}
	count(policy.deny) == 1 with input as mute("severity=\"CRITICAL\" OR severity=\"HIGH\"")
	count(policy.deny) == 1 with input as mute("state = \"ACTIVE\" AND severity = \"HIGH\"")
}

test_rules_without_any_scope_are_reported if {
	count(policy.deny) == 1 with input as mute("state = \"ACTIVE\"")
	count(policy.deny) == 1 with input as mute("")
}

test_scoped_or_low_severity_rules_pass if {
	count(policy.deny) == 0 with input as mute("category = \"OPEN_FIREWALL\" AND severity = \"HIGH\"")
	count(policy.deny) == 0 with input as mute("resource.project_display_name = \"acme-sandbox\" AND severity = \"CRITICAL\"")
	count(policy.deny) == 0 with input as mute("severity = \"LOW\"")
	count(policy.deny) == 0 with input as mute("severity = \"LOW\" OR severity = \"MEDIUM\"")
	count(policy.deny) == 0 with input as mute("category = \"severity=HIGH\"")
}

test_v1_mute_config if {
	v1 := {"format": "terraform", "resources": {"google_scc_mute_config": [{
		"address": "google_scc_mute_config.m", "type": "google_scc_mute_config", "name": "m",
		"mode": "managed", "file": "main.tf", "references": {},
		"values": {"mute_config_id": "m", "parent": "organizations/123", "filter": "severity = \"HIGH\""},
	}]}}
	count(policy.deny) == 1 with input as v1
}

test_unresolved_filter_is_unknown if {
	d := mute("${var.filter}")
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_scc_v2_organization_mute_config.m", "path": ["filter"]}} with input as d
}
