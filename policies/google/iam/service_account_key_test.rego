package srm.google.iam.service_account_key_test

import data.srm.google.iam.service_account_key as policy

doc(values, references) := {"format": "terraform", "module": ".", "resources": {"google_service_account_key": [{
	"address": "google_service_account_key.k", "type": "google_service_account_key", "name": "k",
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}]}}

test_generated_key_is_reported if {
	findings := policy.deny with input as doc({"service_account_id": "${google_service_account.app.name}"}, {"service_account_id": ["google_service_account.app"]})
	count(findings) == 1
	some f in findings
	f.path == ["private_key_type"]
	contains(f.msg, "google_service_account.app")
	contains(f.msg, "state")
}

test_uploaded_key_is_reported if {
	findings := policy.deny with input as doc({"service_account_id": "projects/p/serviceAccounts/app@p.iam.gserviceaccount.com", "public_key_data": "${filebase64(\"key.pem\")}"}, {})
	{f.path | some f in findings} == {["public_key_data"]}
}

test_no_key_no_finding if {
	count(policy.deny) == 0 with input as {"format": "terraform", "module": ".", "resources": {"google_service_account": [{"address": "google_service_account.app", "values": {"account_id": "app"}}]}}
}
