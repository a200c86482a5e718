package srm.google.artifactregistry.immutable_tags_test

import data.srm.google.artifactregistry.immutable_tags as policy

repo(values) := {"format": "terraform", "module": ".", "resources": {"google_artifact_registry_repository": [{
	"address": "google_artifact_registry_repository.r", "type": "google_artifact_registry_repository", "name": "r",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"repository_id": "apps", "location": "europe", "format": "DOCKER"}, values),
}]}}

test_missing_docker_config_is_reported if {
	findings := policy.deny with input as repo({})
	{f.path | some f in findings} == {["docker_config"]}
	policy.applies == {"google_artifact_registry_repository.r"} with input as repo({})
}

test_mutable_tags_are_reported if {
	findings := policy.deny with input as repo({"docker_config": [{"immutable_tags": false}]})
	{f.path | some f in findings} == {["docker_config", 0, "immutable_tags"]}
	count(policy.deny) == 1 with input as repo({"docker_config": [{}]})
}

test_immutable_and_other_repositories_pass if {
	count(policy.deny) == 0 with input as repo({"docker_config": [{"immutable_tags": true}]})
	count(policy.deny) == 0 with input as repo({"format": "PYTHON"})
	count(policy.deny) == 0 with input as repo({"mode": "REMOTE_REPOSITORY"})
	count(policy.applies) == 0 with input as repo({"mode": "VIRTUAL_REPOSITORY"})
}

test_unresolved_is_unknown if {
	d := repo({"docker_config": [{"immutable_tags": "${var.immutable}"}]})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_artifact_registry_repository.r", "path": ["docker_config", 0, "immutable_tags"]}} with input as d
	count(policy.deny) == 0 with input as repo({"format": "${var.format}"})
}

test_fix_makes_tags_immutable if {
	missing := policy.deny with input as repo({})
	{f.fix | some f in missing} == {[{"set": ["docker_config", 0, "immutable_tags"], "value": true}]}
	mutable := policy.deny with input as repo({"docker_config": [{"immutable_tags": false}]})
	{f.fix | some f in mutable} == {[{"set": ["docker_config", 0, "immutable_tags"], "value": true}]}
}
