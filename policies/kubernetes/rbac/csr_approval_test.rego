package srm.kubernetes.rbac.csr_approval_test

import data.srm.kubernetes.rbac.csr_approval

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/csr-approver", [kind]),
	"type": kind,
	"name": "csr-approver",
	"values": {"kind": kind, "metadata": {"name": "csr-approver"}, "rules": rules},
}]}}

test_approval_with_signers_denied if {
	result := csr_approval.deny with input as _doc("ClusterRole", [
		{"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests", "certificatesigningrequests/approval"], "verbs": ["get", "list", "update"]},
		{"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "verbs": ["approve"]},
	])
	{f.path | some f in result} == {["rules", 0, "resources", 1]}
	some f in result
	contains(f.msg, "any certificate issued")
}

test_subresource_wildcard_without_signers_denied if {
	result := csr_approval.deny with input as _doc("Role", [{"apiGroups": ["*"], "resources": ["*/approval"], "verbs": ["patch"]}])
	count(result) == 1
	some f in result
	not contains(f.msg, "any certificate issued")
}

test_read_create_or_placeholder_allowed if {
	result := csr_approval.deny with input as _doc("ClusterRole", [
		{"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests"], "verbs": ["create", "get", "list", "watch"]},
		{"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests/approval"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["certificatesigningrequests/approval"], "verbs": ["update"]},
		{"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests/approval"], "verbs": ["${APPROVE_VERB}"]},
	])
	count(result) == 0
}
