package srm.kubernetes.namespace.psa_privileged_test

import data.srm.kubernetes.namespace.psa_privileged

_ns(name, labels) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Namespace": [{
	"address": sprintf("Namespace/%s", [name]),
	"type": "Namespace",
	"name": name,
	"values": {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}},
}]}}

test_privileged_denied if {
	result := psa_privileged.deny with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "privileged"})
	{f.path | some f in result} == {["metadata", "labels", "pod-security.kubernetes.io/enforce"]}
}

test_baseline_omitted_or_placeholder_allowed if {
	baseline := psa_privileged.deny with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "baseline", "pod-security.kubernetes.io/warn": "privileged"})
	count(baseline) == 0
	omitted := psa_privileged.deny with input as _ns("shop", {})
	count(omitted) == 0
	placeholder := psa_privileged.deny with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "${PSS_LEVEL}"})
	count(placeholder) == 0
}

test_kube_system_not_judged if {
	result := psa_privileged.deny with input as _ns("kube-system", {"pod-security.kubernetes.io/enforce": "privileged"})
	count(result) == 0
	applies := psa_privileged.applies with input as _ns("kube-system", {})
	count(applies) == 0
}

test_substituted_level_unknown if {
	result := psa_privileged.unknown with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "${PSS_LEVEL}"})
	result == {{"resource": "Namespace/shop", "path": ["metadata", "labels", "pod-security.kubernetes.io/enforce"]}}
	known := psa_privileged.unknown with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "baseline"})
	count(known) == 0
}

test_fix_sets_baseline if {
	result := psa_privileged.deny with input as _ns("shop", {"pod-security.kubernetes.io/enforce": "privileged"})
	{f.fix | some f in result} == {[{"set": ["metadata", "labels", "pod-security.kubernetes.io/enforce"], "value": "baseline"}]}
}
