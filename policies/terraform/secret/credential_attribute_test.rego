package srm.terraform.secret.credential_attribute_test

import data.srm.terraform.secret.credential_attribute

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

_doc(secrets) := {"format": "terraform", "resources": {}, "secrets": secrets}

test_its_secrets_denied_by_id if {
	result := credential_attribute.deny with input as _doc([_secret(0, "credential", "credential-attribute", "value"), _secret(1, "credential", "credential-attribute", "")])
	{f.secret | some f in result} == {0, 1}
	every f in result {
		contains(f.msg, "Abcd…")
		contains(f.msg, "owner.x")
	}
}

test_other_secrets_and_none_allowed if {
	other := credential_attribute.deny with input as _doc([_secret(0, "cloud-key", "configmap-credential", "value")])
	count(other) == 0
	none := credential_attribute.deny with input as {"format": "terraform", "resources": {}}
	count(none) == 0
}
