# METADATA
# title: kube-apiserver exposes profiling endpoints
# description: >-
#   With --profiling left at its default (true) the API server serves Go pprof
#   handlers under /debug/pprof: heap and goroutine dumps reveal internal state and
#   request data, and CPU profiling requests can slow the control plane down. Few
#   clusters need it outside a debugging session. The flag defaults to true.
# custom:
#   id: SRM-K8S-APISERVER-003
#   severity: low
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Turn profiling off on the kube-apiserver command and enable it only while
#     debugging: `- --profiling=false`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.15"], nist-800-53: [CM-7]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://github.com/kubernetes/community/blob/master/contributors/devel/sig-scalability/profiling.md"
#   peers: {checkov: [CKV_K8S_90], kics: [profiling_not_set_to_false], trivy: [AVD-KCV-0018]}
package srm.kubernetes.controlplane.apiserver_profiling

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in k8s.containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.bool_flag(c.container, "profiling")
	cmd.is_true(o.value)
	msg := sprintf("%s: container %q runs kube-apiserver with --profiling=%s, which serves /debug/pprof", [c.resource.address, cmd.container_name(c), o.value])
}

deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in k8s.containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "profiling")
	msg := sprintf("%s: container %q runs kube-apiserver without --profiling=false (the default is true), which serves /debug/pprof", [c.resource.address, cmd.container_name(c)])
}
