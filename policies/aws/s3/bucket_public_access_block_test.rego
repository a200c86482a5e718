package srm.aws.s3.bucket_public_access_block_test

import data.srm.aws.s3.bucket_public_access_block as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {"bucket": ["aws_s3_bucket.b"]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

all_true := {
	"bucket": "${aws_s3_bucket.b.id}",
	"block_public_acls": true,
	"block_public_policy": true,
	"ignore_public_acls": true,
	"restrict_public_buckets": true,
}

pab(values) := doc({"aws_s3_bucket_public_access_block": [res("aws_s3_bucket_public_access_block", "b", values)]})

test_all_settings_true_pass if {
	count(policy.deny) == 0 with input as pab(all_true)
	count(policy.deny) == 0 with input as pab(object.union(all_true, {"block_public_policy": "${var.block}"}))
	count(policy.deny) == 0 with input as doc({"aws_s3_account_public_access_block": [
		res("aws_s3_account_public_access_block", "this", object.remove(all_true, ["bucket"])),
	]})
}

test_false_setting_reported_at_attribute if {
	findings := policy.deny with input as pab(object.union(all_true, {"ignore_public_acls": false, "restrict_public_buckets": "false"}))
	{f.path | some f in findings} == {["ignore_public_acls"], ["restrict_public_buckets"]}
}

test_missing_settings_reported if {
	findings := policy.deny with input as pab({"bucket": "${aws_s3_bucket.b.id}", "block_public_acls": true})
	{f.path | some f in findings} == {["block_public_policy"], ["ignore_public_acls"], ["restrict_public_buckets"]}
}

test_account_level_block_checked if {
	findings := policy.deny with input as doc({"aws_s3_account_public_access_block": [
		res("aws_s3_account_public_access_block", "this", {"block_public_acls": true, "block_public_policy": false}),
	]})
	count(findings) == 3
	every f in findings {
		f.resource == "aws_s3_account_public_access_block.this"
	}
}

test_fix_sets_each_reported_setting if {
	findings := policy.deny with input as pab({"bucket": "${aws_s3_bucket.b.id}", "block_public_acls": true, "ignore_public_acls": "false"})
	{[f.path, f.fix] | some f in findings} == {
		[["block_public_policy"], [{"set": ["block_public_policy"], "value": true}]],
		[["ignore_public_acls"], [{"set": ["ignore_public_acls"], "value": true}]],
		[["restrict_public_buckets"], [{"set": ["restrict_public_buckets"], "value": true}]],
	}
}
