package srm.google.cloudrun.default_service_account_test

import data.srm.google.cloudrun.default_service_account as policy

res(type, values, references) := {
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

service(template) := {"format": "terraform", "module": ".", "resources": {"google_cloud_run_v2_service": [res("google_cloud_run_v2_service", {"name": "api", "template": [template]}, {})]}}

container := {"containers": [{"image": "europe-docker.pkg.dev/acme/app/api:1.0.0"}]}

test_missing_account_is_reported if {
	findings := policy.deny with input as service(container)
	{f.path | some f in findings} == {["template", 0, "service_account"]}
}

test_default_account_is_reported if {
	count(policy.deny) == 1 with input as service(object.union(container, {"service_account": "123456789012-compute@developer.gserviceaccount.com"}))
	refs := {"template.0.service_account": ["data.google_compute_default_service_account.default"]}
	r := res("google_cloud_run_v2_service", {"name": "api", "template": [object.union(container, {"service_account": "${data.google_compute_default_service_account.default.email}"})]}, refs)
	count(policy.deny) == 1 with input as {"format": "terraform", "resources": {"google_cloud_run_v2_service": [r]}}
}

test_job_and_v1_service if {
	job := res("google_cloud_run_v2_job", {"name": "export", "template": [{"template": [container]}]}, {})
	findings := policy.deny with input as {"format": "terraform", "resources": {"google_cloud_run_v2_job": [job]}}
	{f.path | some f in findings} == {["template", 0, "template", 0, "service_account"]}
	v1 := res("google_cloud_run_service", {"name": "old", "template": [{"spec": [{"service_account_name": "old@acme-prod.iam.gserviceaccount.com", "containers": [{"image": "i"}]}]}]}, {})
	count(policy.deny) == 0 with input as {"format": "terraform", "resources": {"google_cloud_run_service": [v1]}}
}

test_dedicated_or_unresolved_account_passes if {
	count(policy.deny) == 0 with input as service(object.union(container, {"service_account": "run-api@acme-prod.iam.gserviceaccount.com"}))
	d := service(object.union(container, {"service_account": "${var.service_account}"}))
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_cloud_run_v2_service.r", "path": ["template", 0, "service_account"]}} with input as d
}
