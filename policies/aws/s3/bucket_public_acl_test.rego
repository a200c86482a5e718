package srm.aws.s3.bucket_public_acl_test

import data.srm.aws.s3.bucket_public_acl as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

bucket(values) := doc({"aws_s3_bucket": [res("aws_s3_bucket", "b", object.union({"bucket": "b"}, values))]})

bucket_acl(values) := doc({"aws_s3_bucket_acl": [res("aws_s3_bucket_acl", "b", object.union({"bucket": "${aws_s3_bucket.b.id}"}, values))]})

all_users := "http://acs.amazonaws.com/groups/global/AllUsers"

test_private_acls_pass if {
	count(policy.deny) == 0 with input as bucket({})
	count(policy.deny) == 0 with input as bucket({"acl": "private"})
	count(policy.deny) == 0 with input as bucket({"acl": "log-delivery-write"})
	count(policy.deny) == 0 with input as bucket({"acl": "${var.acl}"})
	count(policy.deny) == 0 with input as bucket_acl({"acl": "private"})
	count(policy.deny) == 0 with input as bucket_acl({"acl": "${var.acl}"})
}

test_public_canned_acl_on_bucket_reported if {
	every acl in ["public-read", "public-read-write", "authenticated-read"] {
		findings := policy.deny with input as bucket({"acl": acl})
		count(findings) == 1
		some f in findings
		f.resource == "aws_s3_bucket.b"
		f.path == ["acl"]
	}
}

test_public_canned_acl_on_split_resource_reported if {
	findings := policy.deny with input as bucket_acl({"acl": "public-read"})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket_acl.b", ["acl"]]}
}

test_inline_public_grant_reported if {
	findings := policy.deny with input as bucket({"grant": [
		{"id": "${data.aws_canonical_user_id.me.id}", "type": "CanonicalUser", "permissions": ["FULL_CONTROL"]},
		{"type": "Group", "uri": all_users, "permissions": ["READ"]},
	]})
	{f.path | some f in findings} == {["grant", 1, "uri"]}
}

test_access_control_policy_public_grant_reported if {
	findings := policy.deny with input as bucket_acl({"access_control_policy": [{
		"grant": [
			{"grantee": [{"type": "CanonicalUser", "id": "abc"}], "permission": "FULL_CONTROL"},
			{"grantee": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"}], "permission": "READ"},
		],
		"owner": [{"id": "abc"}],
	}]})
	{f.path | some f in findings} == {["access_control_policy", 0, "grant", 1, "grantee", 0, "uri"]}
}

test_log_delivery_group_grant_passes if {
	count(policy.deny) == 0 with input as bucket_acl({"access_control_policy": [{
		"grant": [{"grantee": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/s3/LogDelivery"}], "permission": "WRITE"}],
		"owner": [{"id": "abc"}],
	}]})
}
