package srm.kubernetes.pod.host_path_test

import data.srm.kubernetes.pod.host_path

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_deployment_host_path_denied if {
	result := host_path.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"containers": [{"name": "app", "image": "example/app:1.0"}],
		"volumes": [
			{"name": "cache", "emptyDir": {}},
			{"name": "docker", "hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}},
		],
	}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "volumes", 1, "hostPath", "path"]}
	some f in result
	contains(f.msg, "/var/run/docker.sock")
}

test_cronjob_and_pv_denied if {
	cron := host_path.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"containers": [{"name": "backup"}],
		"volumes": [{"name": "root", "hostPath": {"path": "/"}}],
	}}}}}})
	{f.path | some f in cron} == {["spec", "jobTemplate", "spec", "template", "spec", "volumes", 0, "hostPath", "path"]}
	pv := host_path.deny with input as _doc("PersistentVolume", {"kind": "PersistentVolume", "spec": {"capacity": {"storage": "1Gi"}, "hostPath": {"path": "/data"}}})
	{f.path | some f in pv} == {["spec", "hostPath", "path"]}
}

test_other_volumes_allowed if {
	result := host_path.deny with input as _doc("StatefulSet", {"kind": "StatefulSet", "spec": {"template": {"spec": {
		"containers": [{"name": "db"}],
		"volumes": [
			{"name": "config", "configMap": {"name": "db"}},
			{"name": "data", "persistentVolumeClaim": {"claimName": "data"}},
		],
	}}}})
	count(result) == 0
	pv := host_path.deny with input as _doc("PersistentVolume", {"kind": "PersistentVolume", "spec": {"csi": {"driver": "ebs.csi.aws.com", "volumeHandle": "vol-1"}}})
	count(pv) == 0
}
