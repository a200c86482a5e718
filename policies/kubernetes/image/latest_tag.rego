# METADATA
# title: Container image uses the latest tag or no tag
# description: >-
#   An image without a tag means `latest`, and `latest` (like any tag) is mutable:
#   the code that runs changes whenever someone pushes, nodes can run different
#   versions of the same workload, a vulnerable or malicious push is picked up on
#   the next restart, and a rollback has nothing to roll back to. Pinning a version
#   tag, or better a digest, makes what is deployed known and reviewable.
#   There is no automatic fix: the version to pin is the user's choice.
# custom:
#   id: SRM-K8S-IMG-001
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Reference a released version, ideally pinned by digest:
#     `image: registry.example.com/app:1.4.2@sha256:<digest>`.
#   frameworks: {nist-800-53: [CM-2, SI-7]}
#   references:
#     - "https://kubernetes.io/docs/concepts/containers/images/#image-names"
#     - "https://kubernetes.io/docs/concepts/configuration/overview/#container-images"
#   peers: {checkov: [CKV_K8S_14], trivy: [AVD-KSV-0013]}
package srm.kubernetes.image.latest_tag

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["image"])} if {
	some c in k8s.containers
	image := object.get(c.container, "image", null)
	is_string(image)
	image != ""
	not contains(image, "@")
	problem := _problem(image)
	msg := sprintf("%s: %s %q runs image %q, which %s", [c.resource.address, k8s.container_role(c), k8s.container_name(c), image, problem])
}

# The last path component holds the tag; a registry port (`host:5000/app`) does not count.
_last(image) := parts[count(parts) - 1] if parts := split(image, "/")

_problem(image) := "has neither tag nor digest, so it means latest" if not contains(_last(image), ":")

_problem(image) := "is tagged latest, a mutable tag" if {
	parts := split(_last(image), ":")
	parts[count(parts) - 1] == "latest"
}
