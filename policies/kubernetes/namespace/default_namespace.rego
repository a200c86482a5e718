# METADATA
# title: Workload runs in the default or kube-public namespace
# description: >-
#   Namespaces are the boundary for RBAC, quotas, NetworkPolicies and Pod Security
#   admission levels. Workloads left in the default namespace (explicitly, or with
#   no metadata.namespace so they land there unless the deploying context says
#   otherwise) share it with everything else deployed carelessly, fall outside the
#   per-team policies and ownership records that audits rely on, and are hard to
#   attribute and clean up. kube-public is worse: it is readable by every user,
#   anonymous ones included, and is reserved for the cluster-info ConfigMap;
#   nothing should run there.
#   There is no automatic fix: the namespace to use is the user's choice.
# custom:
#   id: SRM-K8S-NS-001
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Create a namespace per application or team, with its RBAC, quotas and
#     NetworkPolicies, and set it on every object: `metadata: {namespace: payments}`.
#   frameworks: {cis-kubernetes-1.9: ["5.7.1", "5.7.4"], nist-800-53: [CM-8, AC-4]}
#   references:
#     - "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"
#     - "https://kubernetes.io/docs/concepts/security/multi-tenancy/#namespaces"
#   peers: {checkov: [CKV_K8S_21], kics: [using_unrecommended_namespace], trivy: [AVD-KSV-0110]}
package srm.kubernetes.namespace.default_namespace

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": r.address, "path": ["metadata", "namespace"]} if {
	some kind in k8s.workload_kinds
	some r in k8s.resources(kind)
	namespace := object.get(r.values, ["metadata", "namespace"], null)
	_default(namespace)
	msg := sprintf("%s: the %s %s", [r.address, kind, _why(namespace)])
}

_default(namespace) if namespace == null

_default(namespace) if namespace == ""

_default(namespace) if namespace == "default"

_default(namespace) if namespace == "kube-public"

_why(namespace) := "is placed in the default namespace (metadata.namespace: default)" if namespace == "default"

_why(namespace) := "is placed in kube-public, a namespace every user (anonymous ones included) can read and that is reserved for cluster information" if namespace == "kube-public"

_why(namespace) := "sets no metadata.namespace, so it is created in the deploying context's namespace, default unless one is set" if not namespace in {"default", "kube-public"}
