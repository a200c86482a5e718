package srm.aws.eks.secrets_encryption_test

import data.srm.aws.eks.secrets_encryption as policy

cluster(extra) := {"format": "terraform", "module": ".", "resources": {"aws_eks_cluster": [{
	"address": "aws_eks_cluster.main", "type": "aws_eks_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "main", "vpc_config": [{"subnet_ids": ["subnet-1"]}]}, extra),
}]}}

enc(resources) := {"encryption_config": [{"resources": resources, "provider": [{"key_arn": "${aws_kms_key.eks.arn}"}]}]}

test_missing_encryption_config_reported if {
	findings := policy.deny with input as cluster({})
	count(findings) == 1
	some f in findings
	f.path == ["encryption_config"]
}

test_encryption_without_secrets_reported if {
	findings := policy.deny with input as cluster(enc(["configmaps"]))
	count(findings) == 1
	some f in findings
	f.path == ["encryption_config", 0, "resources"]
}

test_secrets_encrypted_passes if {
	count(policy.deny) == 0 with input as cluster(enc(["secrets"]))
}

test_unresolved_resources_not_judged if {
	count(policy.deny) == 0 with input as cluster(enc("${var.encrypted_resources}"))
	count(policy.deny) == 0 with input as cluster(enc(["${var.resource}"]))
}
