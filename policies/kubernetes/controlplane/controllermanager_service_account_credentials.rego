# METADATA
# title: kube-controller-manager runs all controllers with one shared credential
# description: >-
#   Unless --use-service-account-credentials is true, all controllers of the
#   controller manager (deployment, job, namespace, garbage collector, token
#   and others) act with the controller manager's single identity, which the
#   default RBAC roles must then grant the union of their rights. A flaw in any
#   one controller can use all of them, and audit logs cannot tell which
#   controller did what. The flag defaults to false; kubeadm sets it.
# custom:
#   id: SRM-K8S-CONTROLLERMANAGER-001
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Give each controller its own service account (the default
#     system:controller:* roles are ready for it): `- --use-service-account-credentials=true`.
#   frameworks: {cis-kubernetes-1.9: ["1.3.3"], nist-800-53: [AC-6, AU-3]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#controller-roles"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/"
#   peers: {checkov: [CKV_K8S_108], kics: [use_service_account_credentials_not_set_to_true], trivy: [AVD-KCV-0035]}
package srm.kubernetes.controlplane.controllermanager_service_account_credentials

import data.srm.lib.commandline as cmd

_binary := "kube-controller-manager"

# Only the containers that run kube-controller-manager are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
}

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	some o in cmd.bool_flag(c.container, "use-service-account-credentials")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs kube-controller-manager with --use-service-account-credentials=%s, so every controller acts with one shared credential", [c.resource.address, cmd.container_name(c), o.value])
}

deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	not cmd.has_flag(c.container, "use-service-account-credentials")
	msg := sprintf("%s: container %q runs kube-controller-manager without --use-service-account-credentials=true (the default is false), so every controller acts with one shared credential", [c.resource.address, cmd.container_name(c)])
}
