package srm.google.logging.audit_logging_test

import data.srm.google.logging.audit_logging as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

all_types := [{"log_type": "ADMIN_READ"}, {"log_type": "DATA_READ"}, {"log_type": "DATA_WRITE"}]

config(values) := res("google_project_iam_audit_config", "all", object.union({"project": "acme-prod", "service": "allServices"}, values), {})

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_missing_log_types_are_reported if {
	findings := policy.deny with input as doc({"google_project_iam_audit_config": [config({"audit_log_config": [{"log_type": "ADMIN_READ"}]})]})
	count(findings) == 1
	some f in findings
	f.path == ["service"]
	contains(f.msg, "DATA_READ, DATA_WRITE")
}

test_exempted_members_are_reported if {
	findings := policy.deny with input as doc({"google_project_iam_audit_config": [config({"audit_log_config": [
		{"log_type": "ADMIN_READ"},
		{"log_type": "DATA_READ", "exempted_members": ["user:ceo@example.com"]},
		{"log_type": "DATA_WRITE"},
	]})]})
	{f.path | some f in findings} == {["audit_log_config", 1, "exempted_members"]}
}

test_complete_config_passes if {
	count(policy.deny) == 0 with input as doc({"google_project_iam_audit_config": [config({"audit_log_config": all_types})]})
	count(policy.deny) == 0 with input as doc({"google_project_iam_audit_config": [config({"service": "storage.googleapis.com", "audit_log_config": [{"log_type": "DATA_READ"}]})]})
	count(policy.deny) == 0 with input as doc({"google_project_iam_audit_config": [config({"audit_log_config": [{"log_type": "${var.t}"}]})]})
}

test_project_without_audit_config_is_reported if {
	project := res("google_project", "p", {"name": "prod", "project_id": "acme-prod"}, {})
	findings := policy.deny with input as doc({"google_project": [project]})
	{[f.resource, f.path] | some f in findings} == {["google_project.p", ["project_id"]]}
	by_reference := res("google_project_iam_audit_config", "all", {"project": "${google_project.p.project_id}", "service": "allServices", "audit_log_config": all_types}, {"project": ["google_project.p"]})
	count(policy.deny) == 0 with input as doc({"google_project": [project], "google_project_iam_audit_config": [by_reference]})
	count(policy.deny) == 0 with input as doc({"google_project": [project], "google_project_iam_audit_config": [config({"audit_log_config": all_types})]})
	folder := res("google_folder_iam_audit_config", "f", {"folder": "folders/1", "service": "allServices", "audit_log_config": all_types}, {})
	count(policy.deny) == 0 with input as doc({"google_project": [project], "google_folder_iam_audit_config": [folder]})
}
