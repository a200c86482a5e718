package srm.google.gke.release_channel_test

import data.srm.google.gke.release_channel as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_unspecified_is_reported if {
	findings := policy.deny with input as doc({"release_channel": [{"channel": "UNSPECIFIED"}]})
	{f.path | some f in findings} == {["release_channel", 0, "channel"]}
}

test_rapid_is_reported if {
	findings := policy.deny with input as doc({"release_channel": [{"channel": "RAPID"}]})
	{f.path | some f in findings} == {["release_channel", 0, "channel"]}
}

test_channels_and_default_pass if {
	count(policy.deny) == 0 with input as doc({"release_channel": [{"channel": "REGULAR"}]})
	count(policy.deny) == 0 with input as doc({"release_channel": [{"channel": "STABLE"}]})
	count(policy.deny) == 0 with input as doc({"release_channel": [{"channel": "EXTENDED"}]})
	count(policy.deny) == 0 with input as doc({"release_channel": [{"channel": "${var.channel}"}]})
	count(policy.deny) == 0 with input as doc({})
}

test_fix_enrolls_in_the_regular_channel if {
	unspecified := policy.deny with input as doc({"release_channel": [{"channel": "UNSPECIFIED"}]})
	{f.fix | some f in unspecified} == {[{"set": ["release_channel", 0, "channel"], "value": "REGULAR"}]}
	rapid := policy.deny with input as doc({"release_channel": [{"channel": "RAPID"}]})
	{f.fix | some f in rapid} == {[{"set": ["release_channel", 0, "channel"], "value": "REGULAR"}]}
}
