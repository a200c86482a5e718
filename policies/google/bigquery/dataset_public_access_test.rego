package srm.google.bigquery.dataset_public_access_test

import data.srm.google.bigquery.dataset_public_access as policy

one(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_inline_access_is_reported if {
	findings := policy.deny with input as one("google_bigquery_dataset", {"dataset_id": "d", "access": [
		{"role": "OWNER", "user_by_email": "owner@example.com"},
		{"role": "READER", "special_group": "allAuthenticatedUsers"},
		{"role": "READER", "iam_member": "allUsers"},
	]})
	{f.path | some f in findings} == {["access", 1, "special_group"], ["access", 2, "iam_member"]}
}

test_dataset_access_resource_is_reported if {
	findings := policy.deny with input as one("google_bigquery_dataset_access", {"dataset_id": "d", "role": "READER", "special_group": "allAuthenticatedUsers"})
	{f.path | some f in findings} == {["special_group"]}
}

test_iam_resources_are_reported if {
	count(policy.deny) == 1 with input as one("google_bigquery_dataset_iam_member", {"dataset_id": "d", "role": "roles/bigquery.dataViewer", "member": "allUsers"})
	count(policy.deny) == 1 with input as one("google_bigquery_table_iam_binding", {"table_id": "t", "role": "roles/bigquery.dataViewer", "members": ["allAuthenticatedUsers"]})
	count(policy.deny) == 1 with input as one("google_bigquery_dataset_iam_policy", {"dataset_id": "d", "policy_data": {"bindings": [{"role": "roles/bigquery.dataViewer", "members": ["allUsers"]}]}})
}

test_private_access_passes if {
	count(policy.deny) == 0 with input as one("google_bigquery_dataset", {"dataset_id": "d", "access": [{"role": "READER", "special_group": "projectReaders"}, {"role": "READER", "group_by_email": "a@example.com"}]})
	count(policy.deny) == 0 with input as one("google_bigquery_dataset_iam_member", {"dataset_id": "d", "role": "roles/bigquery.dataViewer", "member": "${var.member}"})
}
