package srm.aws.s3.bucket_versioning_test

import data.srm.aws.s3.bucket_versioning as policy

bucket(name, values) := {
	"address": sprintf("aws_s3_bucket.%s", [name]), "type": "aws_s3_bucket", "name": name,
	"mode": "managed", "file": "main.tf", "values": object.union({"bucket": name}, values), "references": {},
}

versioning(name, target, status) := {
	"address": sprintf("aws_s3_bucket_versioning.%s", [name]), "type": "aws_s3_bucket_versioning", "name": name,
	"mode": "managed", "file": "main.tf",
	"values": {"bucket": sprintf("${%s.id}", [target]), "versioning_configuration": [{"status": status}]},
	"references": {"bucket": [target]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_enabled_forms_pass if {
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket("b", {"versioning": [{"enabled": true}]})]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket("b", {"versioning": [{"enabled": "${var.versioning}"}]})]})
	count(policy.deny) == 0 with input as doc({
		"aws_s3_bucket": [bucket("b", {})],
		"aws_s3_bucket_versioning": [versioning("b", "aws_s3_bucket.b", "Enabled")],
	})
	count(policy.deny) == 0 with input as doc({
		"aws_s3_bucket": [bucket("b", {})],
		"aws_s3_bucket_versioning": [versioning("b", "aws_s3_bucket.b", "${var.status}")],
	})
}

test_bucket_without_versioning_reported if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket("b", {})]})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket.b", ["versioning"]]}
}

test_inline_versioning_off_reported_at_enabled if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket("b", {"versioning": [{"enabled": false}]})]})
	{f.path | some f in findings} == {["versioning", 0, "enabled"]}
	findings_missing := policy.deny with input as doc({"aws_s3_bucket": [bucket("b", {"versioning": [{"mfa_delete": false}]})]})
	{f.path | some f in findings_missing} == {["versioning", 0, "enabled"]}
}

test_suspended_split_resource_reported_on_it if {
	findings := policy.deny with input as doc({
		"aws_s3_bucket": [bucket("b", {})],
		"aws_s3_bucket_versioning": [versioning("b", "aws_s3_bucket.b", "Suspended")],
	})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket_versioning.b", ["versioning_configuration", 0, "status"]]}
}

test_split_resource_for_other_bucket_does_not_cover if {
	findings := policy.deny with input as doc({
		"aws_s3_bucket": [bucket("a", {}), bucket("b", {})],
		"aws_s3_bucket_versioning": [versioning("a", "aws_s3_bucket.a", "Enabled")],
	})
	{f.resource | some f in findings} == {"aws_s3_bucket.b"}
}

test_split_resource_overrides_inline_block if {
	count(policy.deny) == 0 with input as doc({
		"aws_s3_bucket": [bucket("b", {"versioning": [{"enabled": false}]})],
		"aws_s3_bucket_versioning": [versioning("b", "aws_s3_bucket.b", "Enabled")],
	})
}

test_fix_enables_versioning if {
	inline := policy.deny with input as doc({"aws_s3_bucket": [bucket("b", {"versioning": [{"enabled": false}]})]})
	{f.fix | some f in inline} == {[{"set": ["versioning", 0, "enabled"], "value": true}]}
	missing := policy.deny with input as doc({"aws_s3_bucket": [bucket("b", {"versioning": [{"mfa_delete": false}]})]})
	{f.fix | some f in missing} == {[{"set": ["versioning", 0, "enabled"], "value": true}]}
	split := policy.deny with input as doc({
		"aws_s3_bucket": [bucket("b", {})],
		"aws_s3_bucket_versioning": [versioning("b", "aws_s3_bucket.b", "Suspended")],
	})
	{f.fix | some f in split} == {[{"set": ["versioning_configuration", 0, "status"], "value": "Enabled"}]}
}

test_no_fix_for_a_bucket_without_versioning if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket("b", {})]})
	count(findings) == 1
	every f in findings {
		not "fix" in object.keys(f)
	}
}
