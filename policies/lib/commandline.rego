# Helpers shared by the policies that read a container's command line, such as
# the kube-apiserver, etcd and kubelet flags of control-plane workloads.
#
# A flag may be written `--name=value`, `--name value` (two items of command/args,
# or inside one `sh -c "..."` string) or, for booleans, `--name` alone. Every
# occurrence comes back with the path, relative to the container, of the
# command/args item that carries it, so a finding points at that very line.
package srm.lib.commandline

import data.srm.lib.kubernetes as k8s

# words(container) lists the strings of command then args as [field, index, text], so every flag can be traced back to its item.
words(container) := [[field, i, word] |
	some field in ["command", "args"]
	list := object.get(container, field, [])
	is_array(list)
	some i, word in list
	is_string(word)
]

# control_plane_containers: the k8s.containers entries whose command line or
# image mentions a control-plane binary at all, by the same keys. A rule is
# computed once per document, where `runs` is a function evaluated for every
# policy, container and binary: control-plane policies loop over these instead
# of every container (most workloads are not control plane) and then call `runs`.
control_plane_binaries := {"kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubelet", "etcd"}

control_plane_containers[key] := c if {
	some key, c in k8s.containers
	_mentions_control_plane(c.container)
}

_mentions_control_plane(container) if {
	some w in words(container)
	some binary in control_plane_binaries
	contains(w[2], binary)
}

_mentions_control_plane(container) if {
	image := object.get(container, "image", "")
	is_string(image)
	some binary in control_plane_binaries
	contains(image, binary)
}

# runs(container, binary): BINARY is a command word (also /usr/local/bin/BINARY or inside `sh -c "..."`), not merely a flag value such as --x=/bin/BINARY.
runs(container, binary) if {
	some w in words(container)
	# A plain substring test first: regorus compiles a fresh matcher state for
	# every regex.match, and most words of most containers are not BINARY.
	contains(w[2], binary)
	regex.match(sprintf(`(^|\s)([^\s=]*/)?%s(\s|$)`, [binary]), w[2])
}

# runs(container, binary): with no command, the image's entrypoint is BINARY (registry.k8s.io/kube-apiserver:v1.31.1), whatever the args.
runs(container, binary) if {
	count([w | some w in words(container); w[0] == "command"]) == 0
	image := object.get(container, "image", "")
	is_string(image)
	contains(image, binary)
	regex.match(sprintf(`(^|/)%s([:@]|$)`, [binary]), image)
}

# flag(container, name) is the set of {"path", "value"} given to --NAME as `--NAME=value` or `--NAME value`, quotes removed, for flags that take a value.
flag(container, name) := _inline(container, name) | _separate(container, name)

# `--NAME=value`, alone or anywhere in a shell string; `--NAME=` gives "".
_inline(container, name) := {{"path": [w[0], w[1]], "value": _unquote(m[1])} |
	some w in words(container)
	contains(w[2], name)
	some m in regex.find_all_string_submatch_n(sprintf(`(?:^|\s)--%s=(\S*)`, [name]), w[2], -1)
}

# `--NAME` then the next item (whatever it is); inside a shell string, the next
# word unless it is another flag, though a lone `-` (standard output) is a value.
_separate(container, name) := {{"path": [w[0], w[1]], "value": _unquote(trim_space(items[k + 1][2]))} |
	items := words(container)
	some k, w in items
	trim_space(w[2]) == sprintf("--%s", [name])
	k + 1 < count(items)
} | {{"path": [w[0], w[1]], "value": _unquote(m[1])} |
	some w in words(container)
	contains(w[2], name)
	some m in regex.find_all_string_submatch_n(sprintf(`(?:^|\s)--%s\s+([^\s-]\S*)`, [name]), w[2], -1)
} | {{"path": [w[0], w[1]], "value": "-"} |
	some w in words(container)
	contains(w[2], name)
	regex.match(sprintf(`(^|\s)--%s\s+-(\s|$)`, [name]), w[2])
}

# bool_flag(container, name) is like flag for boolean flags, which take no separate value: `--NAME` alone gives "true".
bool_flag(container, name) := _inline(container, name) | {{"path": [w[0], w[1]], "value": "true"} |
	some w in words(container)
	contains(w[2], name)
	regex.match(sprintf(`(^|\s)--%s(\s|$)`, [name]), w[2])
}

# has_flag(container, name): --NAME appears in any form, even without a readable value, so "missing flag" rules never fire on it.
has_flag(container, name) if {
	some w in words(container)
	contains(w[2], name)
	regex.match(sprintf(`(^|\s)--%s(=|\s|$)`, [name]), w[2])
}

# is_true(value): a flag value Go's strconv.ParseBool reads as true (true, t, 1, any case).
is_true(value) if lower(value) in {"true", "t", "1"}

# is_false(value): a flag value Go's strconv.ParseBool reads as false (false, f, 0, any case).
is_false(value) if lower(value) in {"false", "f", "0"}

# int(value) is a non-negative decimal integer ("08" too, which to_number alone rejects); undefined otherwise, so odd values are never judged.
int(value) := 0 if regex.match(`^0+$`, value)

int(value) := to_number(trim_left(value, "0")) if {
	regex.match(`^\d+$`, value)
	not regex.match(`^0+$`, value)
}

# Shell and YAML quotes around a value are not part of it.
_unquote(value) := trim(value, `"'`)

# missing_flag_path(c) is where a missing flag belongs for a k8s.containers entry: its command list, else its args list, else the container itself.
missing_flag_path(c) := array.concat(c.path, ["command"]) if {
	count([w | some w in words(c.container); w[0] == "command"]) > 0
} else := array.concat(c.path, ["args"]) if {
	count([w | some w in words(c.container); w[0] == "args"]) > 0
} else := c.path

# container_name(c) is the name of a k8s.containers entry for messages ("<unnamed>" when it has none); defined once in the kubernetes library.
container_name(c) := k8s.container_name(c)
