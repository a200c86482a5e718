package srm.kubernetes.secret.literal_data_test

import data.srm.kubernetes.secret.literal_data

_doc(values) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Secret": [{
	"address": "Secret/apps/db",
	"type": "Secret",
	"name": "db",
	"namespace": "apps",
	"values": object.union({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db", "namespace": "apps"}}, values),
}]}}

test_opaque_values_denied if {
	result := literal_data.deny with input as _doc({"type": "Opaque", "data": {"password": "aHVudGVyMg==", "empty": ""}, "stringData": {"username": "app"}})
	{f.path | some f in result} == {["data", "password"], ["stringData", "username"]}
	every f in result {
		not contains(f.msg, "aHVudGVyMg==")
	}
}

test_default_type_and_tls_denied if {
	untyped := literal_data.deny with input as _doc({"stringData": {"token": "s3cr3t"}})
	count(untyped) == 1
	tls := literal_data.deny with input as _doc({"type": "kubernetes.io/tls", "data": {"tls.crt": "LS0t", "tls.key": "LS0t"}})
	count(tls) == 2
}

test_empty_placeholder_and_token_secrets_allowed if {
	empty := literal_data.deny with input as _doc({"type": "Opaque"})
	count(empty) == 0
	placeholder := literal_data.deny with input as _doc({"stringData": {"password": "${DB_PASSWORD}", "url": "postgres://app:$(DB_PASSWORD)@db:5432/app"}})
	count(placeholder) == 0
	sa_token := literal_data.deny with input as _doc({"type": "kubernetes.io/service-account-token", "metadata": {"name": "db", "annotations": {"kubernetes.io/service-account.name": "web"}}})
	count(sa_token) == 0
}
