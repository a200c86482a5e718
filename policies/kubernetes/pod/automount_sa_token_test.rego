package srm.kubernetes.pod.automount_sa_token_test

import data.srm.kubernetes.pod.automount_sa_token

_object(kind, values) := {
	"address": sprintf("%s/default/%s", [kind, values.metadata.name]),
	"type": kind,
	"name": values.metadata.name,
	"namespace": "default",
	"values": values,
}

_doc(objects) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [o | some o in objects; o.type == kind] | some kind in {o.type | some o in objects}}}

_deployment(pod_spec) := _object("Deployment", {"kind": "Deployment", "metadata": {"name": "web", "namespace": "default"}, "spec": {"template": {"spec": pod_spec}}})

test_missing_denied if {
	result := automount_sa_token.deny with input as _doc([_deployment({"containers": [{"name": "app"}]})])
	{f.path | some f in result} == {["spec", "template", "spec", "automountServiceAccountToken"]}
}

test_explicit_true_denied_in_cronjob if {
	cron := _object("CronJob", {"kind": "CronJob", "metadata": {"name": "job"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"automountServiceAccountToken": true, "containers": [{"name": "a"}]}}}}}})
	result := automount_sa_token.deny with input as _doc([cron])
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "automountServiceAccountToken"]}
}

test_false_allowed if {
	result := automount_sa_token.deny with input as _doc([_deployment({"automountServiceAccountToken": false, "containers": [{"name": "app"}]})])
	count(result) == 0
}

test_service_account_opt_out_allowed if {
	sa := _object("ServiceAccount", {"kind": "ServiceAccount", "metadata": {"name": "web", "namespace": "default"}, "automountServiceAccountToken": false})
	result := automount_sa_token.deny with input as _doc([sa, _deployment({"serviceAccountName": "web", "containers": [{"name": "app"}]})])
	count(result) == 0
}

test_service_account_in_other_namespace_ignored if {
	sa := _object("ServiceAccount", {"kind": "ServiceAccount", "metadata": {"name": "web", "namespace": "other"}, "automountServiceAccountToken": false})
	result := automount_sa_token.deny with input as _doc([sa, _deployment({"serviceAccountName": "web", "containers": [{"name": "app"}]})])
	count(result) == 1
}

test_fix_sets_false_in_the_pod_spec if {
	cron := _object("CronJob", {"kind": "CronJob", "metadata": {"name": "job"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"automountServiceAccountToken": true, "containers": [{"name": "a"}]}}}}}})
	result := automount_sa_token.deny with input as _doc([cron, _deployment({"containers": [{"name": "app"}]})])
	{f.fix | some f in result} == {
		[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "automountServiceAccountToken"], "value": false}],
		[{"set": ["spec", "template", "spec", "automountServiceAccountToken"], "value": false}],
	}
}
