# Helpers shared by the Kubernetes policies.
#
# A Kubernetes input document holds one file; `input.resources` is indexed by
# kind, and each resource's `values` is the whole manifest object.
package srm.lib.kubernetes

import data.srm.lib.index as idx

# resources(kind) is the list of objects of one kind in this file ([] when none).
resources(kind) := object.get(input.resources, kind, [])

# Where each workload kind keeps its pod spec, as a path inside `values`.
pod_spec_paths := {
	"Pod": ["spec"],
	"Deployment": ["spec", "template", "spec"],
	"StatefulSet": ["spec", "template", "spec"],
	"DaemonSet": ["spec", "template", "spec"],
	"ReplicaSet": ["spec", "template", "spec"],
	"ReplicationController": ["spec", "template", "spec"],
	"Job": ["spec", "template", "spec"],
	"CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
}

# The kinds that carry a pod spec, for METADATA `input.types`.
workload_kinds := object.keys(pod_spec_paths)

# pod_specs: one entry per workload object: {"resource", "spec", "path"}.
# `path` is the path of the pod spec inside the resource's values.
# (An object keyed by kind and position rather than a set: a set orders its
# elements by comparing them whole, manifests included, which was a quarter of
# all evaluation time; `some pod in k8s.pod_specs` reads both the same way.)
pod_specs[key] := {"resource": resource, "spec": spec, "path": path} if {
	some kind, path in pod_spec_paths
	some position, resource in resources(kind)
	spec := object.get(resource.values, path, null)
	is_object(spec)
	key := sprintf("%s#%d", [kind, position])
}

# containers: every container of every workload, init and ephemeral ones too:
# {"resource", "container", "path", "pod_spec", "pod_path"} (keyed like pod_specs).
containers[key] := {
	"resource": pod.resource,
	"container": container,
	"path": array.concat(pod.path, [field, index]),
	"pod_spec": pod.spec,
	"pod_path": pod.path,
} if {
	some pod_key, pod in pod_specs
	some field in ["containers", "initContainers", "ephemeralContainers"]
	# A malformed manifest (containers as a mapping, a string in the list) has no containers to judge.
	some index, container in list_or_empty(object.get(pod.spec, field, []))
	is_object(container)
	key := sprintf("%s/%s/%d", [pod_key, field, index])
}

# pod_containers[[address, pod_path]] is the set of keys (in `containers`) of the
# containers of the pod specs of the object(s) at that address, at that path: a
# policy that reports a pod-level setting with the containers that inherit it
# looks them up here instead of scanning every container of the file per pod.
pod_containers := idx.group({[[c.resource.address, c.pod_path], key] | some key, c in containers})

# labels(resource) is the object's labels ({} when none).
labels(resource) := object.get(resource.values, ["metadata", "labels"], {})

# annotations(resource) is the object's annotations ({} when none).
annotations(resource) := object.get(resource.values, ["metadata", "annotations"], {})

# Data classification from the `data-classification` label (keys configurable
# as data.srm.config.classification_keys), lower-cased; empty when absent.
default classification_keys := {"data-classification", "DataClassification", "data_classification"}

classification_keys := data.srm.config.classification_keys

classifications(resource) := {lower(value) |
	some key, value in labels(resource)
	key in classification_keys
	is_string(value)
}

# is_sensitive(resource): labelled confidential or restricted.
is_sensitive(resource) if {
	some class in classifications(resource)
	class in {"confidential", "restricted"}
}

# container_role(c) names a k8s.containers entry's kind for messages ("container", "init container", "ephemeral container"), from the pod spec field that holds it.
container_role(c) := {
	"containers": "container",
	"initContainers": "init container",
	"ephemeralContainers": "ephemeral container",
}[c.path[count(c.path) - 2]]

# container_name(c) is the name of a k8s.containers entry for messages ("<unnamed>" when it has none).
container_name(c) := object.get(c.container, "name", "<unnamed>")

# shown(value) is a field's value as messages quote it: "not set" when absent (null), else its JSON form, so `false` and `"false"` stay distinct.
shown(value) := "not set" if value == null

shown(value) := json.marshal(value) if value != null

# list_or_empty(value) is the value if it is an array, else []: a malformed manifest field (a string or map where a list belongs) is read as empty rather than iterated.
list_or_empty(value) := value if is_array(value)

list_or_empty(value) := [] if not is_array(value)
