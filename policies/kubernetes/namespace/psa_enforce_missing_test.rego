package srm.kubernetes.namespace.psa_enforce_missing_test

import data.srm.kubernetes.namespace.psa_enforce_missing

_ns(name, labels) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Namespace": [{
	"address": sprintf("Namespace/%s", [name]),
	"type": "Namespace",
	"name": name,
	"values": {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}},
}]}}

test_omitted_or_empty_label_denied if {
	omitted := psa_enforce_missing.deny with input as _ns("shop", {"team": "shop"})
	{f.path | some f in omitted} == {["metadata", "labels", "pod-security.kubernetes.io/enforce"]}
	empty := psa_enforce_missing.deny with input as _ns("shop", {"pod-security.kubernetes.io/enforce": ""})
	count(empty) == 1
	warn_only := psa_enforce_missing.deny with input as _ns("shop", {"pod-security.kubernetes.io/warn": "restricted"})
	count(warn_only) == 1
}

test_any_level_or_placeholder_allowed if {
	restricted := psa_enforce_missing.deny with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "restricted"})
	count(restricted) == 0
	placeholder := psa_enforce_missing.deny with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "${PSS_LEVEL}"})
	count(placeholder) == 0
}

test_kube_system_not_judged if {
	result := psa_enforce_missing.deny with input as _ns("kube-system", {})
	count(result) == 0
	applies := psa_enforce_missing.applies with input as _ns("kube-system", {})
	count(applies) == 0
	others := psa_enforce_missing.applies with input as _ns("shop", {})
	others == {"Namespace/shop"}
}

test_substituted_level_unknown if {
	result := psa_enforce_missing.unknown with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "${PSS_LEVEL}"})
	result == {{"resource": "Namespace/shop", "path": ["metadata", "labels", "pod-security.kubernetes.io/enforce"]}}
	known := psa_enforce_missing.unknown with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "baseline"})
	count(known) == 0
}

test_fix_sets_baseline if {
	result := psa_enforce_missing.deny with input as _ns("shop", {"pod-security.kubernetes.io/enforce": ""})
	{f.fix | some f in result} == {[{"set": ["metadata", "labels", "pod-security.kubernetes.io/enforce"], "value": "baseline"}]}
}
