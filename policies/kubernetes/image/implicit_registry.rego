# METADATA
# title: Container image names no registry (implicit Docker Hub)
# description: >-
#   An image reference without a registry host (nginx:1.27, bitnami/redis:7.4)
#   is pulled from whatever the node's runtime resolves it to: Docker Hub by
#   default, or the first of several search registries on CRI-O and Podman
#   hosts, where a look-alike repository can win. It bypasses the organisation's
#   own registry, its vulnerability scanning and pull-through cache, and is
#   subject to Docker Hub's rate limits and takedowns. Naming the registry makes
#   the image's source explicit and reviewable.
#   There is no automatic fix: the registry to pull from (a scanned mirror, or
#   Docker Hub on purpose) is the user's choice.
# custom:
#   id: SRM-K8S-IMG-004
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Pull from the registry you scan and mirror, fully qualified:
#     `image: registry.example.com/mirror/nginx:1.27.2` (or `docker.io/library/nginx:1.27.2` when Docker Hub is the deliberate source).
#   frameworks: {nist-800-53: [SR-3, SI-7, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/concepts/containers/images/#image-names"
#     - "https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md#short-name-aliasing"
#   peers: {trivy: [AVD-KSV-0034]}
package srm.kubernetes.image.implicit_registry

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["image"])} if {
	some c in k8s.containers
	image := object.get(c.container, "image", null)
	is_string(image)
	image != ""
	not contains(image, "${")
	repository := _implicit(image)
	msg := sprintf("%s: %s %q runs image %q, which names no registry host, so the node pulls it from Docker Hub (docker.io/%s) or its first search registry", [c.resource.address, k8s.container_role(c), k8s.container_name(c), image, repository])
}

# An image name left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, ["image"])} if {
	some c in k8s.containers
	image := object.get(c.container, "image", null)
	is_string(image)
	contains(image, "${")
}

# The Docker Hub repository an image without registry host resolves to.
# A first component with a dot or a port, or `localhost`, is a registry host.
_implicit(image) := sprintf("library/%s", [image]) if not contains(image, "/")

_implicit(image) := image if {
	contains(image, "/")
	first := split(image, "/")[0]
	not contains(first, ".")
	not contains(first, ":")
	first != "localhost"
}
