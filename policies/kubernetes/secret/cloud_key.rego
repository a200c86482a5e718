# METADATA
# title: Cloud access key written in a Kubernetes manifest
# description: >-
#   An AWS access key or secret key, an Azure storage account key, shared access
#   signature or Entra client secret, a Google Cloud service account key or API
#   key, or a DigitalOcean token, found anywhere in a manifest: an environment
#   variable, a ConfigMap, a Secret's stringData, an annotation such as
#   `kubectl.kubernetes.io/last-applied-configuration`, a command line. Whoever
#   reads the repository (or the object in the cluster) can act as that identity
#   in the cloud account. Keys are recognised by their published formats;
#   placeholders and documentation examples are left out. srm-lint never prints the key.
#   There is no automatic fix: the credential must be revoked and moved to a
#   secret store, which srm-lint cannot do for the user.
# custom:
#   id: SRM-K8S-SEC-003
#   severity: critical
#   areas: [iam, data-security, incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [secret]}
#   remediation: >-
#     Revoke the key now, then give the workload a cloud identity instead of a key:
#     EKS Pod Identity or IRSA, AKS Workload Identity, GKE Workload Identity; or
#     sync the key from a secret manager (External Secrets) without committing it.
#   frameworks: {cis-kubernetes-1.9: ["5.4.1"], nist-800-53: [IA-5(7), AC-2]}
#   references:
#     - "https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html"
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity"
#   peers: {checkov: [CKV_SECRET_2, CKV_SECRET_3]}
package srm.kubernetes.secret.cloud_key

import data.srm.lib.secrets

deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("cloud-key")
	msg := sprintf("%s (%s) is written in %s", [s.name, s.masked, secrets.place(s)])
}
