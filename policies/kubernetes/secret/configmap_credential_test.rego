package srm.kubernetes.secret.configmap_credential_test

import data.srm.kubernetes.secret.configmap_credential

# input.secrets as srm-lint hands it over: found, located and masked in Rust.
_secret(id, category, detector, label) := {
	"id": id,
	"detector": detector,
	"name": "the secret",
	"category": category,
	"owner": "owner.x",
	"attribute": label,
	"label": label,
	"path": [],
	"file": "f",
	"masked": "Abcd…",
}

_doc(secrets) := {"format": "kubernetes", "resources": {}, "secrets": secrets}

test_its_secrets_denied_by_id if {
	result := configmap_credential.deny with input as _doc([_secret(0, "credential", "configmap-credential", "value"), _secret(1, "credential", "configmap-credential", "")])
	{f.secret | some f in result} == {0, 1}
	every f in result {
		contains(f.msg, "Abcd…")
		contains(f.msg, "owner.x")
	}
}

test_other_secrets_and_none_allowed if {
	other := configmap_credential.deny with input as _doc([_secret(0, "cloud-key", "github-token", "value")])
	count(other) == 0
	none := configmap_credential.deny with input as {"format": "kubernetes", "resources": {}}
	count(none) == 0
}

test_credentials_of_other_places_allowed if {
	result := configmap_credential.deny with input as _doc([_secret(0, "credential", "kubernetes-secret-data", "value")])
	count(result) == 0
}
