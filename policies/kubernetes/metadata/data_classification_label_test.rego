package srm.kubernetes.metadata.data_classification_label_test

import data.srm.kubernetes.metadata.data_classification_label

_doc(kind, metadata) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/data", [kind]),
	"type": kind,
	"name": "data",
	"namespace": "default",
	"values": {"kind": kind, "metadata": metadata, "spec": {}},
}]}}

test_missing_label_denied if {
	no_labels := data_classification_label.deny with input as _doc("Deployment", {"name": "data"})
	{f.path | some f in no_labels} == {["metadata", "labels", "data-classification"]}
	other_labels := data_classification_label.deny with input as _doc("PersistentVolumeClaim", {"name": "data", "labels": {"app": "db"}})
	count(other_labels) == 1
	empty := data_classification_label.deny with input as _doc("CronJob", {"name": "data", "labels": {"data-classification": ""}})
	count(empty) == 1
}

test_label_allowed if {
	plain := data_classification_label.deny with input as _doc("StatefulSet", {"name": "data", "labels": {"data-classification": "confidential"}})
	count(plain) == 0
	prefixed := data_classification_label.deny with input as _doc("PersistentVolumeClaim", {"name": "data", "labels": {"example.com/data-classification": "internal"}})
	count(prefixed) == 0
}

test_other_kinds_ignored if {
	result := data_classification_label.deny with input as _doc("ConfigMap", {"name": "data"})
	count(result) == 0
}
