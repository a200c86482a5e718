# METADATA
# title: kube-apiserver, kube-controller-manager or kube-scheduler exposes profiling endpoints
# description: >-
#   With --profiling left at its default (true) the API server, the controller
#   manager and the scheduler serve Go pprof
#   handlers under /debug/pprof: heap and goroutine dumps reveal internal state and
#   request data, and CPU profiling requests can slow the control plane down. Few
#   clusters need it outside a debugging session. The flag defaults to true on all
#   three components (a kube-scheduler started with --config sets it in its
#   KubeSchedulerConfiguration, `enableProfiling`, which the command line does not show).
# custom:
#   id: SRM-K8S-APISERVER-003
#   severity: low
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Turn profiling off on the kube-apiserver, kube-controller-manager and
#     kube-scheduler commands and enable it only while debugging: `- --profiling=false`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.15", "1.3.2", "1.4.1"], nist-800-53: [CM-7]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://github.com/kubernetes/community/blob/master/contributors/devel/sig-scalability/profiling.md"
#   peers: {checkov: [CKV_K8S_90, CKV_K8S_107, CKV_K8S_114], kics: [profiling_not_set_to_false], trivy: [AVD-KCV-0018]}
package srm.kubernetes.controlplane.apiserver_profiling

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

components := ["kube-apiserver", "kube-controller-manager", "kube-scheduler"]

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	some binary in components
	cmd.runs(c.container, binary)
	some o in cmd.bool_flag(c.container, "profiling")
	cmd.is_true(o.value)
	msg := sprintf("%s: container %q runs %s with --profiling=%s, which serves /debug/pprof", [c.resource.address, cmd.container_name(c), binary, o.value])
}

deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	some binary in components
	cmd.runs(c.container, binary)
	not cmd.has_flag(c.container, "profiling")
	not _configured_by_file(c.container, binary)
	msg := sprintf("%s: container %q runs %s without --profiling=false (the default is true), which serves /debug/pprof", [c.resource.address, cmd.container_name(c), binary])
}

# kube-scheduler reads enableProfiling from its --config file.
_configured_by_file(container, "kube-scheduler") if cmd.has_flag(container, "config")
