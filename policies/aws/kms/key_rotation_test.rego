package srm.aws.kms.key_rotation_test

import data.srm.aws.kms.key_rotation as policy

key(values) := {"format": "terraform", "module": ".", "resources": {"aws_kms_key": [{
	"address": "aws_kms_key.k", "type": "aws_kms_key", "name": "k", "mode": "managed", "file": "main.tf",
	"values": object.union({"description": "k"}, values), "references": {},
}]}}

test_rotating_or_unrotatable_keys_pass if {
	count(policy.deny) == 0 with input as key({"enable_key_rotation": true})
	count(policy.deny) == 0 with input as key({"enable_key_rotation": "${var.rotate}"})
	count(policy.deny) == 0 with input as key({"customer_master_key_spec": "RSA_2048", "key_usage": "SIGN_VERIFY"})
	count(policy.deny) == 0 with input as key({"customer_master_key_spec": "HMAC_256", "key_usage": "GENERATE_VERIFY_MAC"})
	count(policy.deny) == 0 with input as key({"customer_master_key_spec": "${var.spec}"})
	count(policy.deny) == 0 with input as key({"custom_key_store_id": "cks-1234567890abcdef0"})
}

test_rotation_disabled_reported if {
	findings := policy.deny with input as key({"enable_key_rotation": false})
	{[f.resource, f.path] | some f in findings} == {["aws_kms_key.k", ["enable_key_rotation"]]}
	count(policy.deny) == 1 with input as key({"enable_key_rotation": false, "customer_master_key_spec": "SYMMETRIC_DEFAULT"})
}

test_rotation_missing_reported if {
	findings := policy.deny with input as key({})
	{f.path | some f in findings} == {["enable_key_rotation"]}
	count(policy.deny) == 1 with input as key({"enable_key_rotation": null, "custom_key_store_id": null})
}

test_fix_turns_rotation_on if {
	every values in [{"enable_key_rotation": false}, {}, {"enable_key_rotation": null}] {
		findings := policy.deny with input as key(values)
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["enable_key_rotation"], "value": true}]
		}
	}
}
