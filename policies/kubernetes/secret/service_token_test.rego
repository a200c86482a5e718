package srm.kubernetes.secret.service_token_test

import data.srm.kubernetes.secret.service_token

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
	result := service_token.deny with input as _doc([_secret(0, "service-token", "slack-webhook", "value"), _secret(1, "service-token", "slack-webhook", "")])
	{f.secret | some f in result} == {0, 1}
	every f in result {
		contains(f.msg, "Abcd…")
		contains(f.msg, "owner.x")
	}
}

test_other_secrets_and_none_allowed if {
	other := service_token.deny with input as _doc([_secret(0, "credential", "github-token", "value")])
	count(other) == 0
	none := service_token.deny with input as {"format": "kubernetes", "resources": {}}
	count(none) == 0
}
