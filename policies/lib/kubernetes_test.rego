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
