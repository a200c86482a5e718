package srm.kubernetes.workload.cronjob_deadline_test

import data.srm.kubernetes.workload.cronjob_deadline

_cronjob(spec) := {"format": "kubernetes", "file": "x.yaml", "resources": {"CronJob": [{
	"address": "CronJob/shop/report",
	"type": "CronJob",
	"name": "report",
	"namespace": "shop",
	"values": {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "report", "namespace": "shop"}, "spec": object.union({
		"schedule": "0 * * * *",
		"jobTemplate": {"spec": {"template": {"spec": {"restartPolicy": "OnFailure", "containers": [{"name": "report"}]}}}},
	}, spec)},
}]}}

test_omitted_policy_and_deadline_denied if {
	result := cronjob_deadline.deny with input as _cronjob({})
	{f.path | some f in result} == {["spec", "startingDeadlineSeconds"]}
	some f in result
	contains(f.msg, "Allow (the default)")
}

test_explicit_allow_denied if {
	result := cronjob_deadline.deny with input as _cronjob({"concurrencyPolicy": "Allow"})
	count(result) == 1
}

test_deadline_or_forbid_allowed if {
	deadline := cronjob_deadline.deny with input as _cronjob({"concurrencyPolicy": "Allow", "startingDeadlineSeconds": 300})
	count(deadline) == 0
	forbid := cronjob_deadline.deny with input as _cronjob({"concurrencyPolicy": "Forbid"})
	count(forbid) == 0
	replace := cronjob_deadline.deny with input as _cronjob({"concurrencyPolicy": "Replace"})
	count(replace) == 0
	substituted_deadline := cronjob_deadline.deny with input as _cronjob({"startingDeadlineSeconds": "${DEADLINE}"})
	count(substituted_deadline) == 0
}

test_substituted_policy_unknown if {
	result := cronjob_deadline.deny with input as _cronjob({"concurrencyPolicy": "${CONCURRENCY}"})
	count(result) == 0
	unknown := cronjob_deadline.unknown with input as _cronjob({"concurrencyPolicy": "${CONCURRENCY}"})
	unknown == {{"resource": "CronJob/shop/report", "path": ["spec", "concurrencyPolicy"]}}
	applies := cronjob_deadline.applies with input as _cronjob({"concurrencyPolicy": "${CONCURRENCY}"})
	count(applies) == 0
}

test_applies_to_allow_only if {
	allow := cronjob_deadline.applies with input as _cronjob({})
	allow == {"CronJob/shop/report"}
	forbid := cronjob_deadline.applies with input as _cronjob({"concurrencyPolicy": "Forbid"})
	count(forbid) == 0
}
