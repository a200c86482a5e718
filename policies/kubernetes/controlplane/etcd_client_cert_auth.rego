# METADATA
# title: etcd does not require client certificates
# description: >-
#   etcd holds the whole cluster state, every Secret included, unencrypted unless
#   encryption at rest is configured. Without --client-cert-auth=true any client
#   that reaches its client port can read and write it directly, bypassing API
#   server authentication, RBAC and audit logging. The flag defaults to false.
# custom:
#   id: SRM-K8S-ETCD-001
#   severity: high
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Require client certificates signed by the etcd CA: `- --client-cert-auth=true`
#     with `- --trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt`.
#   frameworks: {cis-kubernetes-1.9: ["2.2"], nist-800-53: [IA-3, AC-3, SC-8]}
#   references:
#     - "https://etcd.io/docs/v3.5/op-guide/security/"
#     - "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters"
#   peers: {checkov: [CKV_K8S_117], kics: [etcd_client_certificate_authentication_set_to_false], trivy: [AVD-KCV-0043]}
package srm.kubernetes.controlplane.etcd_client_cert_auth

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# Explicitly off on the command line.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "etcd")
	some o in cmd.bool_flag(c.container, "client-cert-auth")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs etcd with --client-cert-auth=%s, so clients are not authenticated", [c.resource.address, cmd.container_name(c), o.value])
}

# Explicitly off through the environment.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["env", i, "value"])} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "etcd")
	some i, entry in _env(c.container)
	entry.name == "ETCD_CLIENT_CERT_AUTH"
	is_string(entry.value)
	cmd.is_false(entry.value)
	msg := sprintf("%s: container %q runs etcd with ETCD_CLIENT_CERT_AUTH=%s, so clients are not authenticated", [c.resource.address, cmd.container_name(c), entry.value])
}

# Not set anywhere (flag, environment, config file): the default is false.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "etcd")
	not cmd.has_flag(c.container, "client-cert-auth")
	not cmd.has_flag(c.container, "config-file")
	not _env_set(c.container)
	msg := sprintf("%s: container %q runs etcd without --client-cert-auth=true (the default is false), so clients are not authenticated", [c.resource.address, cmd.container_name(c)])
}

_env(container) := [entry | some entry in object.get(container, "env", []); is_object(entry)] if is_array(object.get(container, "env", []))

_env(container) := [] if not is_array(object.get(container, "env", []))

_env_set(container) if {
	some entry in _env(container)
	entry.name in {"ETCD_CLIENT_CERT_AUTH", "ETCD_CONFIG_FILE"}
}
