package srm.google.gke.kubernetes_alpha_test

import data.srm.google.gke.kubernetes_alpha as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "c", "location": "europe-west1"}, values),
}]}}

test_alpha_is_reported if {
	findings := policy.deny with input as cluster({"enable_kubernetes_alpha": true})
	{f.path | some f in findings} == {["enable_kubernetes_alpha"]}
	count(policy.deny) == 1 with input as cluster({"enable_kubernetes_alpha": "true"})
}

test_omitted_or_false_passes if {
	count(policy.deny) == 0 with input as cluster({})
	count(policy.deny) == 0 with input as cluster({"enable_kubernetes_alpha": false})
}

test_unresolved_is_unknown if {
	doc := cluster({"enable_kubernetes_alpha": "${var.alpha}"})
	count(policy.deny) == 0 with input as doc
	count(policy.unknown) == 1 with input as doc
}

test_fix_turns_alpha_features_off if {
	findings := policy.deny with input as cluster({"enable_kubernetes_alpha": true})
	{f.fix | some f in findings} == {[{"set": ["enable_kubernetes_alpha"], "value": false}]}
}
