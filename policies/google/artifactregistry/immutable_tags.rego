# METADATA
# title: Artifact Registry Docker repository lets image tags be moved or overwritten
# description: >-
#   When tags are mutable, anyone allowed to push can move `v1.4.2` or `prod` to a
#   different image: a compromised CI job or credential silently replaces what
#   every cluster deploys on its next pull, and the image that was scanned,
#   attested and approved is no longer the one that runs. Artifact Registry keeps
#   tags mutable unless `docker_config { immutable_tags = true }` is set on a
#   standard Docker repository; remote and virtual repositories are not judged.
# custom:
#   id: SRM-GCP-ARTIFACT-003
#   severity: low
#   areas: [vulnerability-management, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [google_artifact_registry_repository]}
#   remediation: >-
#     Add `docker_config { immutable_tags = true }` to the repository (the `latest`
#     tag becomes immutable too), push every
#     build under a new tag (a version or the commit SHA), and deploy by tag or, better,
#     by digest.
#   fix: {safety: unsafe, change: 'Sets `docker_config { immutable_tags = true }` (the block created when missing); pushes that move an existing tag, `latest` included, are refused, so builds must push each image under a new tag.'}
#   frameworks: {nist-800-53: [CM-14, SI-7, SR-11]}
#   references:
#     - "https://cloud.google.com/artifact-registry/docs/docker/names#versions"
#     - "https://cloud.google.com/artifact-registry/docs/repositories/update-repo-settings"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/artifact_registry_repository#immutable_tags"
package srm.google.artifactregistry.immutable_tags

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Docker repository %s has no docker_config block: its image tags can be moved or overwritten (immutable_tags defaults to false)", [r.address]),
	"resource": r.address,
	"path": ["docker_config"],
	"fix": [{"set": ["docker_config", 0, "immutable_tags"], "value": true}],
} if {
	some r in standard_docker
	count(tf.blocks(r.values, "docker_config")) == 0
}

deny contains {
	"msg": sprintf("Docker repository %s %s: its image tags can be moved or overwritten", [r.address, setting_text(config)]),
	"resource": r.address,
	"path": ["docker_config", i, "immutable_tags"],
	"fix": [{"set": ["docker_config", i, "immutable_tags"], "value": true}],
} if {
	some r in standard_docker
	some i, config in tf.blocks(r.values, "docker_config")
	mutable(object.get(config, "immutable_tags", null))
}

applies contains r.address if some r in standard_docker

unknown contains {"resource": r.address, "path": ["docker_config", i, "immutable_tags"]} if {
	some r in standard_docker
	some i, config in tf.blocks(r.values, "docker_config")
	tf.is_unresolved(config.immutable_tags)
}

unknown contains {"resource": r.address, "path": ["format"]} if {
	some r in tf.resources("google_artifact_registry_repository")
	tf.is_unresolved(r.values.format)
}

mutable(value) if value == null

mutable(value) if tf.is_false(value)

setting_text(config) := "sets docker_config.immutable_tags = false" if tf.is_false(config.immutable_tags)

setting_text(config) := "does not set docker_config.immutable_tags (it defaults to false)" if object.get(config, "immutable_tags", null) == null

# Standard (not remote or virtual) Docker repositories.
standard_docker contains r if {
	some r in tf.resources("google_artifact_registry_repository")
	is_string(r.values.format)
	upper(r.values.format) == "DOCKER"
	object.get(r.values, "mode", null) in {null, "STANDARD_REPOSITORY"}
}
