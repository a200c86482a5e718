# METADATA
# title: kube-apiserver does not encrypt Secrets at rest in etcd
# description: >-
#   Without --encryption-provider-config the API server writes Secrets (and every
#   other resource) to etcd as plain, base64-encoded data. Anyone who reads an
#   etcd data directory, snapshot or backup, or reaches etcd's client port with a
#   stolen certificate, gets every password, token and private key of the
#   cluster. An EncryptionConfiguration with a KMS v2 (or at least aescbc /
#   secretbox) provider keeps them unreadable outside the API server.
#   There is no automatic fix: the EncryptionConfiguration file, its KMS
#   provider and key are the user's to create.
# custom:
#   id: SRM-K8S-APISERVER-008
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Write an EncryptionConfiguration that encrypts at least secrets with a KMS v2
#     provider and point the API server at it:
#     `- --encryption-provider-config=/etc/kubernetes/enc/encryption-config.yaml`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.27"], nist-800-53: [SC-28, SC-12]}
#   references:
#     - "https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/"
#     - "https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#   peers: {checkov: [CKV_K8S_104], kics: [encryption_provider_config_is_not_defined], trivy: [AVD-KCV-0030]}
package srm.kubernetes.controlplane.apiserver_encryption_provider_config

import data.srm.lib.commandline as cmd

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "encryption-provider-config")
	msg := sprintf("%s: container %q runs kube-apiserver without --encryption-provider-config, so Secrets are stored in etcd unencrypted", [c.resource.address, cmd.container_name(c)])
}
