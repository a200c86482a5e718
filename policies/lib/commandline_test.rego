package srm.lib.commandline_test

import data.srm.lib.commandline as cmd

test_words_of_command_and_args_with_their_items if {
	cmd.words({"command": ["kube-apiserver", 5, "--v=2"], "args": ["--x"]}) == [
		["command", 0, "kube-apiserver"],
		["command", 2, "--v=2"],
		["args", 0, "--x"],
	]
	cmd.words({"command": "not a list"}) == []
}

test_flag_inline if {
	cmd.flag({"command": ["kube-apiserver", "--authorization-mode=Node,RBAC"]}, "authorization-mode") == {{"path": ["command", 1], "value": "Node,RBAC"}}
	cmd.flag({"args": [`--audit-log-path="/var/log/audit.log"`]}, "audit-log-path") == {{"path": ["args", 0], "value": "/var/log/audit.log"}}
	cmd.flag({"args": ["--audit-log-path="]}, "audit-log-path") == {{"path": ["args", 0], "value": ""}}
	cmd.flag({"args": ["--audit-log-path-x=1"]}, "audit-log-path") == set()
}

test_flag_separate_items if {
	# The flag's own item is the path, even when the value is the next (args) item.
	cmd.flag({"command": ["kube-apiserver", "--insecure-port"], "args": ["8080"]}, "insecure-port") == {{"path": ["command", 1], "value": "8080"}}
	cmd.flag({"args": ["--audit-log-maxbackup", " '3' "]}, "audit-log-maxbackup") == {{"path": ["args", 0], "value": "3"}}
	cmd.flag({"args": ["--insecure-port"]}, "insecure-port") == set()
}

test_flag_in_shell_string if {
	c := {"command": ["/bin/sh", "-c", "exec kube-apiserver --audit-log-path /var/log/a.log --audit-log-maxage=7 --authorization-mode --foo"]}
	cmd.flag(c, "audit-log-path") == {{"path": ["command", 2], "value": "/var/log/a.log"}}
	cmd.flag(c, "audit-log-maxage") == {{"path": ["command", 2], "value": "7"}}
	cmd.flag(c, "authorization-mode") == set()
	cmd.flag({"command": ["sh", "-c", "kube-apiserver --audit-log-path - --v=2"]}, "audit-log-path") == {{"path": ["command", 2], "value": "-"}}
	cmd.flag({"command": ["sh", "-c", "kube-apiserver --audit-log-path=''"]}, "audit-log-path") == {{"path": ["command", 2], "value": ""}}
}

test_bool_flag if {
	cmd.bool_flag({"command": ["kube-apiserver", "--profiling"]}, "profiling") == {{"path": ["command", 1], "value": "true"}}
	cmd.bool_flag({"command": ["sh", "-c", "kube-apiserver --profiling --v=2"]}, "profiling") == {{"path": ["command", 2], "value": "true"}}
	cmd.bool_flag({"command": ["kube-apiserver", "--profiling=false"]}, "profiling") == {{"path": ["command", 1], "value": "false"}}
	# A boolean takes no separate value: the next item is another argument.
	cmd.bool_flag({"command": ["etcd", "--client-cert-auth", "false"]}, "client-cert-auth") == {{"path": ["command", 1], "value": "true"}}
}

test_has_flag if {
	cmd.has_flag({"command": ["kubelet", "--config=/var/lib/kubelet/config.yaml"]}, "config")
	cmd.has_flag({"args": ["--insecure-port"]}, "insecure-port")
	cmd.has_flag({"command": ["sh", "-c", "kubelet --config /c.yaml"]}, "config")
	not cmd.has_flag({"command": ["kube-apiserver", "--authorization-config=/a.yaml"]}, "authorization-mode")
	not cmd.has_flag({"command": ["kubelet", "--config-dir=/d"]}, "config")
}

test_runs_command_word if {
	cmd.runs({"command": ["kube-apiserver", "--v=2"]}, "kube-apiserver")
	cmd.runs({"command": ["/usr/local/bin/kube-apiserver"]}, "kube-apiserver")
	cmd.runs({"command": ["/bin/sh", "-c", "exec /usr/local/bin/kube-apiserver --profiling=false"]}, "kube-apiserver")
	cmd.runs({"args": ["etcd", "--data-dir=/var/lib/etcd"]}, "etcd")
	not cmd.runs({"command": ["kube-apiserver-proxy"]}, "kube-apiserver")
	not cmd.runs({"command": ["/app/server", "--target=/usr/local/bin/kube-apiserver"]}, "kube-apiserver")
	not cmd.runs({"command": ["/app/kubelet-exporter"]}, "kubelet")
}

test_runs_image_entrypoint if {
	cmd.runs({"image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--v=2"]}, "kube-apiserver")
	cmd.runs({"image": "registry.k8s.io/etcd@sha256:0123"}, "etcd")
	cmd.runs({"image": "kubelet"}, "kubelet")
	not cmd.runs({"image": "registry.k8s.io/kube-apiserver:v1.31.1", "command": ["/app/server"]}, "kube-apiserver")
	not cmd.runs({"image": "registry.k8s.io/kube-scheduler:v1.31.1"}, "kube-apiserver")
	not cmd.runs({"image": "example/etcd-backup:1"}, "etcd")
}

test_booleans if {
	every v in ["true", "True", "t", "1"] {
		cmd.is_true(v)
		not cmd.is_false(v)
	}
	every v in ["false", "FALSE", "f", "0"] {
		cmd.is_false(v)
		not cmd.is_true(v)
	}
	not cmd.is_true("yes")
	not cmd.is_false("")
}

test_int if {
	cmd.int("0") == 0
	cmd.int("000") == 0
	cmd.int("08") == 8
	cmd.int("10255") == 10255
	not cmd.int("-1")
	not cmd.int("1.5")
	not cmd.int("")
	not cmd.int("x")
}

test_missing_flag_path if {
	cmd.missing_flag_path({"path": ["spec", "containers", 0], "container": {"command": ["kube-apiserver"], "args": ["--v=2"]}}) == ["spec", "containers", 0, "command"]
	cmd.missing_flag_path({"path": ["spec", "containers", 1], "container": {"image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--v=2"]}}) == ["spec", "containers", 1, "args"]
	cmd.missing_flag_path({"path": ["spec", "containers", 2], "container": {"image": "registry.k8s.io/kube-apiserver:v1.31.1", "command": []}}) == ["spec", "containers", 2]
}

test_container_name if {
	cmd.container_name({"container": {"name": "apiserver"}}) == "apiserver"
	cmd.container_name({"container": {}}) == "<unnamed>"
}
