# METADATA
# title: kube-apiserver does not verify kubelet serving certificates
# description: >-
#   The API server connects to kubelets for exec, attach, port-forward and logs.
#   Without --kubelet-certificate-authority it accepts any certificate the
#   kubelet end presents, so whoever can redirect or intercept that traffic (a
#   spoofed node address, a compromised network path) receives the commands and
#   output of every kubectl exec and can answer in the node's place. Verifying
#   kubelet serving certificates (issued through serverTLSBootstrap) closes that
#   path.
#   There is no automatic fix: the CA file depends on the cluster, and the
#   kubelets need serving certificates signed by it first.
# custom:
#   id: SRM-K8S-APISERVER-010
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Have kubelets request serving certificates (`serverTLSBootstrap: true`), approve
#     them, and point the API server at the CA:
#     `- --kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.5"], nist-800-53: [SC-8, SC-23, IA-3]}
#   references:
#     - "https://kubernetes.io/docs/concepts/architecture/control-plane-node-communication/#control-plane-to-node"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#   peers: {checkov: [CKV_K8S_73], kics: [kubelet_certificate_authority_not_set], trivy: [AVD-KCV-0006]}
package srm.kubernetes.controlplane.apiserver_kubelet_certificate_authority

import data.srm.lib.commandline as cmd

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "kubelet-certificate-authority")
	msg := sprintf("%s: container %q runs kube-apiserver without --kubelet-certificate-authority, so it does not verify the kubelets it sends exec, attach and log requests to", [c.resource.address, cmd.container_name(c)])
}
