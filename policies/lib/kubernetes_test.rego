package srm.lib.kubernetes_test

import data.srm.lib.kubernetes as k8s

cronjob := {"address": "CronJob/b", "values": {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
	"containers": [{"name": "a"}],
	"initContainers": [{"name": "i"}],
}}}}}}}

test_containers_of_every_workload_kind_with_paths if {
	paths := {c.path | some c in k8s.containers} with input as {"resources": {"CronJob": [cronjob]}}
	paths == {
		["spec", "jobTemplate", "spec", "template", "spec", "containers", 0],
		["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0],
	}
}

test_classification_label if {
	k8s.is_sensitive({"values": {"metadata": {"labels": {"data-classification": "Restricted"}}}})
	not k8s.is_sensitive({"values": {"metadata": {}}})
}

test_container_role_from_the_pod_spec_field if {
	k8s.container_role({"path": ["spec", "containers", 0]}) == "container"
	k8s.container_role({"path": ["spec", "template", "spec", "initContainers", 1]}) == "init container"
	k8s.container_role({"path": ["spec", "ephemeralContainers", 0]}) == "ephemeral container"
	not k8s.container_role({"path": ["spec", "volumes", 0]})
}

test_container_name if {
	k8s.container_name({"container": {"name": "app"}}) == "app"
	k8s.container_name({"container": {}}) == "<unnamed>"
}

test_shown if {
	k8s.shown(null) == "not set"
	k8s.shown(false) == "false"
	k8s.shown("false") == `"false"`
	k8s.shown(["ALL"]) == `["ALL"]`
}

test_list_or_empty if {
	k8s.list_or_empty(["a"]) == ["a"]
	k8s.list_or_empty([]) == []
	k8s.list_or_empty("a") == []
	k8s.list_or_empty({"a": 1}) == []
	k8s.list_or_empty(null) == []
}

test_malformed_container_lists_give_no_containers if {
	pod := {"address": "Pod/p", "values": {"kind": "Pod", "spec": {"containers": {"app": {"image": "x"}}, "initContainers": ["not-an-object", {"name": "ok"}]}}}
	paths := {c.path | some c in k8s.containers} with input as {"resources": {"Pod": [pod]}}
	paths == {["spec", "initContainers", 1]}
}
