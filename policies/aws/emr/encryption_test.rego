package srm.aws.emr.encryption_test

import data.srm.aws.emr.encryption as policy

security_configuration(configuration) := {"format": "terraform", "module": ".", "resources": {"aws_emr_security_configuration": [{
	"address": "aws_emr_security_configuration.sc", "type": "aws_emr_security_configuration", "name": "sc", "mode": "managed", "file": "main.tf",
	"values": {"name": "sc", "configuration": configuration}, "references": {},
}]}}

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_emr_cluster": [{
	"address": "aws_emr_cluster.etl", "type": "aws_emr_cluster", "name": "etl", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "etl", "release_label": "emr-7.5.0"}, values), "references": {},
}]}}

encryption(at_rest, in_transit) := {"EncryptionConfiguration": {
	"EnableAtRestEncryption": at_rest,
	"EnableInTransitEncryption": in_transit,
	"AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": "arn:aws:kms:eu-west-1:111122223333:key/k"}},
}}

test_disabled_switches_are_reported if {
	findings := policy.deny with input as security_configuration(encryption(true, false))
	{f.path | some f in findings} == {["configuration", "EncryptionConfiguration", "EnableInTransitEncryption"]}
	count(policy.deny) == 2 with input as security_configuration(encryption(false, false))
}

test_json_string_is_read if {
	findings := policy.deny with input as security_configuration(json.marshal(encryption(false, true)))
	{f.path | some f in findings} == {["configuration"]}
	count(policy.deny) == 1 with input as security_configuration(`{"AuthenticationConfiguration": {}}`)
}

test_missing_switch_or_block_is_reported if {
	count(policy.deny) == 1 with input as security_configuration({"EncryptionConfiguration": {"EnableAtRestEncryption": true}})
	findings := policy.deny with input as security_configuration({"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": 2}})
	{f.path | some f in findings} == {["configuration"]}
}

test_cluster_without_security_configuration_is_reported if {
	findings := policy.deny with input as cluster({})
	{f.path | some f in findings} == {["security_configuration"]}
}

test_encrypted_and_unresolved_pass if {
	count(policy.deny) == 0 with input as security_configuration(encryption(true, true))
	count(policy.deny) == 0 with input as security_configuration(json.marshal(encryption(true, true)))
	count(policy.deny) == 0 with input as security_configuration("${data.template_file.emr.rendered}")
	count(policy.deny) == 0 with input as security_configuration(encryption("${var.at_rest}", true))
	count(policy.deny) == 0 with input as cluster({"security_configuration": "${aws_emr_security_configuration.sc.name}"})
	count(policy.deny) == 0 with input as cluster({"security_configuration": "etl-encrypted"})
}

test_unresolved_is_unknown if {
	count(policy.unknown) == 1 with input as security_configuration("${var.configuration}")
	count(policy.unknown) == 1 with input as cluster({"security_configuration": "${var.security_configuration}"})
	count(policy.unknown) == 0 with input as security_configuration(encryption(true, true))
}
