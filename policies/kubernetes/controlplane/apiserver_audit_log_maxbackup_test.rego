package srm.kubernetes.controlplane.apiserver_audit_log_maxbackup_test

import data.srm.kubernetes.controlplane.apiserver_audit_log_maxbackup

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_few_backups_denied if {
	result := apiserver_audit_log_maxbackup.deny with input as _pod([{"name": "a", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log", "--audit-log-maxbackup=3"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 2]}
}

test_args_denied if {
	result := apiserver_audit_log_maxbackup.deny with input as _pod([{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--audit-log-path=/var/log/audit.log", "--audit-log-maxbackup", "1"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "args", 1]}
}

test_enough_unset_or_stdout_allowed if {
	result := apiserver_audit_log_maxbackup.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log", "--audit-log-maxbackup=10"]},
		{"name": "b", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log"]},
		{"name": "c", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log", "--audit-log-maxbackup=0"]},
		{"name": "d", "command": ["kube-apiserver", "--audit-log-path=-", "--audit-log-maxbackup=1"]},
	])
	count(result) == 0
}

test_explicit_small_value_without_path_denied if {
	result := apiserver_audit_log_maxbackup.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--audit-log-maxbackup=5"]},
		{"name": "b", "command": ["kube-apiserver"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1]}
}

test_fix_sets_the_minimum if {
	result := apiserver_audit_log_maxbackup.deny with input as _pod([{"name": "a", "command": ["kube-apiserver", "--audit-log-maxbackup=3"]}])
	{f.fix | some f in result} == {[{"set": ["spec", "containers", 0, "command", 1], "value": "--audit-log-maxbackup=10"}]}
}
