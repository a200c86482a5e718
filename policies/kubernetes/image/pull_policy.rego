# METADATA
# title: Mutable image tag is not pulled with imagePullPolicy Always
# description: >-
#   A tag can be moved to another image at any time. With imagePullPolicy
#   IfNotPresent (the default for a tag other than latest) or Never, each node runs
#   whatever image it cached under that tag, so a patched or re-pushed image is not
#   picked up, nodes run different code for the same workload, and a pod can reuse
#   a private image another tenant pulled without the registry checking its pull
#   credentials. Images pinned by digest are immutable and not reported.
# custom:
#   id: SRM-K8S-IMG-002
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Pin the image by digest, or make the kubelet check the registry on every
#     start: `imagePullPolicy: Always`.
#   frameworks: {nist-800-53: [CM-2, SI-2]}
#   references:
#     - "https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy"
#     - "https://kubernetes.io/docs/concepts/containers/images/#updating-images"
#   peers: {checkov: [CKV_K8S_15], kics: [image_pull_policy_of_container_is_not_always]}
#   fix: {safety: safe, change: "Sets `imagePullPolicy: Always` in the container; the kubelet checks the registry for the current digest of the tag at every container start and reuses its cached layers, so starts need the registry to be reachable."}
package srm.kubernetes.image.pull_policy

import data.srm.lib.kubernetes as k8s

# An explicit policy other than Always on a tagged (not digest-pinned) image.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["imagePullPolicy"]),
	"fix": [{"set": array.concat(c.path, ["imagePullPolicy"]), "value": "Always"}],
} if {
	some c in k8s.containers
	image := _image(c.container)
	policy := object.get(c.container, "imagePullPolicy", null)
	is_string(policy)
	policy != "Always"
	msg := sprintf("%s: %s %q pulls the mutable image %q with imagePullPolicy %s", [c.resource.address, k8s.container_role(c), k8s.container_name(c), image, policy])
}

# No policy: the default is IfNotPresent unless the tag is latest or missing.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["imagePullPolicy"]),
	"fix": [{"set": array.concat(c.path, ["imagePullPolicy"]), "value": "Always"}],
} if {
	some c in k8s.containers
	image := _image(c.container)
	object.get(c.container, "imagePullPolicy", null) == null
	tag := _tag(image)
	tag != "latest"
	msg := sprintf("%s: %s %q pulls the mutable image %q with the default imagePullPolicy IfNotPresent", [c.resource.address, k8s.container_role(c), k8s.container_name(c), image])
}

# A tag-referenced image (no digest).
_image(container) := image if {
	image := object.get(container, "image", null)
	is_string(image)
	trim_space(image) != ""
	not contains(image, "@")
}

# The tag is in the last path component; a registry port (`host:5000/app`) is not a tag.
_tag(image) := parts[count(parts) - 1] if {
	path := split(image, "/")
	last := path[count(path) - 1]
	contains(last, ":")
	parts := split(last, ":")
}
