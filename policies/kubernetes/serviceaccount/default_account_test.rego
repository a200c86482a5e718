package srm.kubernetes.serviceaccount.default_account_test

import data.srm.kubernetes.serviceaccount.default_account

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_missing_and_default_denied if {
	missing := default_account.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "app"}]}}}})
	{f.path | some f in missing} == {["spec", "template", "spec", "serviceAccountName"]}
	explicit := default_account.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"serviceAccountName": "default", "containers": [{"name": "job"}]}}}}}})
	{f.path | some f in explicit} == {["spec", "jobTemplate", "spec", "template", "spec", "serviceAccountName"]}
}

test_empty_name_denied if {
	result := default_account.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"serviceAccountName": "", "containers": [{"name": "app"}]}})
	count(result) == 1
}

test_dedicated_account_allowed if {
	named := default_account.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"serviceAccountName": "web", "containers": [{"name": "app"}]}}}})
	count(named) == 0
	legacy := default_account.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"serviceAccount": "web", "containers": [{"name": "app"}]}})
	count(legacy) == 0
}
