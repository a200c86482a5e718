# METADATA
# title: Workload or volume claim has no data-classification label
# description: >-
#   Controls are chosen by the class of the data a system handles (public,
#   internal, confidential, restricted). A workload or a persistent volume claim
#   that carries no data-classification label cannot be matched to the controls
#   its data requires, shows up as unknown in inventories and audits, and escapes
#   policies that are stricter for confidential data.
#   There is no automatic fix: the class of the data is the user's to state.
# custom:
#   id: SRM-K8S-META-001
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PersistentVolumeClaim]}
#   remediation: >-
#     Label the object with the class of the data it handles:
#     `metadata: {labels: {data-classification: confidential}}`.
#   frameworks: {nist-800-53: [RA-2, CM-8]}
#   references:
#     - "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/"
#     - "https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/"
package srm.kubernetes.metadata.data_classification_label

import data.srm.lib.kubernetes as k8s

_kinds := {kind | some kind in k8s.workload_kinds} | {"PersistentVolumeClaim"}

# Accepted label keys, with or without a DNS prefix (example.com/data-classification).
_keys := {"data-classification", "DataClassification"}

deny contains {"msg": msg, "resource": r.address, "path": ["metadata", "labels", "data-classification"]} if {
	some kind in _kinds
	some r in k8s.resources(kind)
	not _classified(r)
	msg := sprintf("%s: the %s has %s data-classification label", [r.address, kind, _what(r)])
}

_what(r) := "an empty" if {
	labels := k8s.labels(r)
	is_object(labels)
	"data-classification" in object.keys(labels)
} else := "no"

_classified(r) if {
	labels := k8s.labels(r)
	is_object(labels)
	some key, value in labels
	_key_name(key) in _keys
	is_string(value)
	trim_space(value) != ""
}

_key_name(key) := parts[count(parts) - 1] if parts := split(key, "/")
