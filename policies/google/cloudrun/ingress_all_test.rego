package srm.google.cloudrun.ingress_all_test

import data.srm.google.cloudrun.ingress_all as policy

service(values) := {"format": "terraform", "module": ".", "resources": {"google_cloud_run_v2_service": [{
	"address": "google_cloud_run_v2_service.api", "type": "google_cloud_run_v2_service", "name": "api",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "api", "location": "europe-west1", "template": [{"containers": [{"image": "europe-docker.pkg.dev/acme/app/api:1.4.2"}]}]}, values),
}]}}

test_all_traffic_is_reported if {
	findings := policy.deny with input as service({"ingress": "INGRESS_TRAFFIC_ALL"})
	{f.path | some f in findings} == {["ingress"]}
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as service({})
	count(policy.deny) == 1 with input as service({"ingress": null})
}

test_internal_ingress_passes if {
	count(policy.deny) == 0 with input as service({"ingress": "INGRESS_TRAFFIC_INTERNAL_ONLY"})
	count(policy.deny) == 0 with input as service({"ingress": "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"})
}

test_unresolved_is_unknown if {
	doc := service({"ingress": "${var.ingress}"})
	count(policy.deny) == 0 with input as doc
	policy.unknown == {{"resource": "google_cloud_run_v2_service.api", "path": ["ingress"]}} with input as doc
}
