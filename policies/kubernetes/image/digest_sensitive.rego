# METADATA
# title: Workload handling confidential data runs an image not pinned by digest
# description: >-
#   A tag is a mutable pointer: whoever can push to the repository, or compromise
#   the registry or a mirror, can swap the code behind it, and the next pod start
#   runs it with access to the workload's data and credentials. For workloads
#   labelled confidential or restricted, referencing images by their sha256 digest
#   makes the deployed code exactly the reviewed and scanned build.
#   There is no automatic fix: the digest must be read from the registry for the
#   build the user trusts.
# custom:
#   id: SRM-K8S-IMG-003
#   severity: medium
#   areas: [vulnerability-management, data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Reference the image by digest (a tag may stay for readability):
#     `image: registry.example.com/payments:2.3.1@sha256:<digest>`, and let your
#     CI or an admission policy resolve tags to digests.
#   frameworks: {nist-800-53: [SI-7, CM-2]}
#   references:
#     - "https://kubernetes.io/docs/concepts/containers/images/#image-names"
#     - "https://kubernetes.io/docs/concepts/configuration/overview/#container-images"
package srm.kubernetes.image.digest_sensitive

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["image"])} if {
	some c in k8s.containers
	k8s.is_sensitive(c.resource)
	image := object.get(c.container, "image", null)
	is_string(image)
	trim_space(image) != ""
	not contains(image, "@")
	msg := sprintf("%s: the workload is labelled %s but %s %q runs image %q by tag, not by digest", [c.resource.address, concat("/", sort(k8s.classifications(c.resource))), k8s.container_role(c), k8s.container_name(c), image])
}
