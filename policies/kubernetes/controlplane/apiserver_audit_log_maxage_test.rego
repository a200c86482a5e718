package srm.kubernetes.controlplane.apiserver_audit_log_maxage_test

import data.srm.kubernetes.controlplane.apiserver_audit_log_maxage

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_short_retention_denied if {
	result := apiserver_audit_log_maxage.deny with input as _pod([{"name": "a", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log", "--audit-log-maxage=7"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 2]}
}

test_shell_string_denied if {
	result := apiserver_audit_log_maxage.deny with input as _pod([{"name": "a", "command": ["sh", "-c", "kube-apiserver --audit-log-path /var/log/audit.log --audit-log-maxage 14"]}])
	count(result) == 1
}

test_long_unset_or_stdout_allowed if {
	result := apiserver_audit_log_maxage.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log", "--audit-log-maxage=30"]},
		{"name": "b", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log"]},
		{"name": "c", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log", "--audit-log-maxage=0"]},
		{"name": "d", "command": ["kube-apiserver", "--audit-log-path=-", "--audit-log-maxage=1"]},
	])
	count(result) == 0
}

test_explicit_short_value_without_path_denied if {
	result := apiserver_audit_log_maxage.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--audit-log-maxage=10"]},
		{"name": "b", "command": ["kube-apiserver"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1]}
}

test_fix_sets_the_minimum if {
	result := apiserver_audit_log_maxage.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--audit-log-path=/var/log/audit.log", "--audit-log-maxage", "7"]},
		{"name": "b", "command": ["sh", "-c", "exec kube-apiserver --audit-log-maxage=14 --profiling=false"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 3], "value": "30"}],
		[{"set": ["spec", "containers", 1, "command", 2], "value": "exec kube-apiserver --audit-log-maxage=30 --profiling=false"}],
	}
}
