# METADATA
# title: Secret written in plain text in a container environment variable
# description: >-
#   An environment variable whose name says password, secret, token or key and
#   whose value is written in the manifest puts the credential in the source
#   repository, in the object stored in etcd (readable by anyone who can read the
#   workload, not only its secrets) and in every copy of the manifest. Kubernetes
#   Secrets, referenced with valueFrom.secretKeyRef, keep it out of the code and
#   under their own access control.
# custom:
#   id: SRM-K8S-SEC-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Store the value in a Secret and reference it, or mount the Secret as a file:
#     `env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.4.1"], nist-800-53: [IA-5, SC-28]}
#   references:
#     - "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"
#     - "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
package srm.kubernetes.pod.secret_in_env

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["env", i, "value"])} if {
	some c in k8s.containers
	env := object.get(c.container, "env", [])
	is_array(env)
	some i, entry in env
	is_object(entry)
	name := object.get(entry, "name", "")
	is_string(name)
	_secret_name(name)
	value := object.get(entry, "value", null)
	_literal(value)
	msg := sprintf("%s: %s %q sets %s to a literal value in the manifest instead of a secretKeyRef", [c.resource.address, k8s.container_role(c), k8s.container_name(c), name])
}

# Names that say they hold a credential, but not the ones that only point to one
# (DB_PASSWORD_FILE, TOKEN_PATH, SECRET_NAME).
_secret_name(name) if {
	lowered := lower(name)
	regex.match(`(passw(or)?d|secret|token|api[_-]?key|private[_-]?key|access[_-]?key)`, lowered)
	not regex.match(`[_-](file|path|dir|name|ref|url|endpoint|ttl|expiry|length)$`, lowered)
}

# A non-empty literal; `$(OTHER_VAR)` only expands another variable.
_literal(value) if {
	is_string(value)
	trim_space(value) != ""
	not regex.match(`^\$\([A-Za-z_][A-Za-z0-9_.-]*\)$`, value)
}

_literal(value) if is_number(value)
