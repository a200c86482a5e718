package srm.aws.msk.unauthenticated_access_test

import data.srm.aws.msk.unauthenticated_access as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_msk_cluster": [{
	"address": "aws_msk_cluster.events", "type": "aws_msk_cluster", "name": "events", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_name": "events", "kafka_version": "3.8.x"}, values), "references": {},
}]}}

test_unauthenticated_access_is_reported if {
	findings := policy.deny with input as cluster({"client_authentication": [{"unauthenticated": true, "sasl": [{"iam": true}]}]})
	{f.path | some f in findings} == {["client_authentication", 0, "unauthenticated"]}
	count(policy.deny) == 1 with input as cluster({"client_authentication": [{"unauthenticated": "true"}]})
}

test_missing_client_authentication_is_reported if {
	findings := policy.deny with input as cluster({})
	{f.path | some f in findings} == {["client_authentication"]}
}

test_authenticated_clusters_pass if {
	count(policy.deny) == 0 with input as cluster({"client_authentication": [{"sasl": [{"iam": true}]}]})
	count(policy.deny) == 0 with input as cluster({"client_authentication": [{"unauthenticated": false, "sasl": [{"scram": true}]}]})
	count(policy.deny) == 0 with input as cluster({"client_authentication": [{"tls": [{"certificate_authority_arns": ["arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/ca"]}]}]})
}

test_unresolved_is_unknown_not_reported if {
	doc := cluster({"client_authentication": [{"unauthenticated": "${var.allow_unauthenticated}", "sasl": [{"iam": true}]}]})
	count(policy.deny) == 0 with input as doc
	count(policy.unknown) == 1 with input as doc
}
