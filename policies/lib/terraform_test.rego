package srm.lib.terraform_test

import data.srm.lib.terraform as tf

test_blocks_accepts_lists_and_single_objects if {
	tf.blocks({"versioning": [{"enabled": true}]}, "versioning") == [{"enabled": true}]
	tf.blocks({"versioning": {"enabled": true}}, "versioning") == [{"enabled": true}]
	tf.blocks({}, "versioning") == []
}

test_unresolved_values_are_recognised if {
	tf.is_unresolved("${var.x}")
	not tf.is_unresolved("plain")
	not tf.is_unresolved(true)
}

test_classification_from_tags_or_labels if {
	tf.classifications({"tags": {"DataClassification": "Confidential"}}) == {"confidential"}
	tf.is_sensitive({"labels": {"data-classification": "restricted"}})
	not tf.is_sensitive({"tags": {"data-classification": "internal"}})
	not tf.has_classification({"tags": {"owner": "x"}})
	tf.tags_unresolved({"tags": "${local.tags}"})
}

test_attached_by_reference_or_same_name if {
	bucket := {"address": "aws_s3_bucket.b", "values": {"bucket": "${var.name}"}}
	split := {"address": "aws_s3_bucket_versioning.v", "values": {"bucket": "${var.name}"}, "references": {}}
	by_ref := {"address": "aws_s3_bucket_versioning.w", "values": {"bucket": "${aws_s3_bucket.b.id}"}, "references": {"bucket": ["aws_s3_bucket.b"]}}
	got := tf.attached("aws_s3_bucket_versioning", "bucket", bucket) with input as {"resources": {"aws_s3_bucket_versioning": [split, by_ref]}}
	count(got) == 2
}

test_json_document_reads_objects_and_strings if {
	tf.json_document({"Statement": []}) == {"Statement": []}
	tf.json_document("{\"Statement\": []}") == {"Statement": []}
	not tf.json_document("${data.x.json}")
}

test_json_document_reads_arrays_and_array_strings if {
	tf.json_document([{"name": "app"}]) == [{"name": "app"}]
	tf.json_document("[{\"name\": \"app\"}]") == [{"name": "app"}]
	not tf.json_document("not json")
	not tf.json_document(5)
}

test_container_definitions_inline_and_string if {
	inline := {"values": {"container_definitions": [{"name": "app", "user": "root"}, {"image": "x"}, "junk"]}}
	tf.container_definitions(inline) == {
		{"name": "\"app\"", "definition": {"name": "app", "user": "root"}, "index": 0, "inline": true},
		{"name": "#1", "definition": {"image": "x"}, "index": 1, "inline": true},
	}
	string := {"values": {"container_definitions": "[{\"name\": \"app\"}]"}}
	tf.container_definitions(string) == {{"name": "\"app\"", "definition": {"name": "app"}, "index": 0, "inline": false}}
	tf.container_definitions({"values": {"container_definitions": "${local.defs}"}}) == set()
	tf.container_definitions({"values": {"container_definitions": "{\"name\": \"app\"}"}}) == set()
	tf.container_definitions({"values": {}}) == set()
}

test_container_definition_path if {
	tf.container_definition_path({"index": 2, "inline": true}, ["user"]) == ["container_definitions", 2, "user"]
	tf.container_definition_path({"index": 2, "inline": false}, ["user"]) == ["container_definitions"]
}

test_instances_are_referred_to_through_their_resource if {
	split := {"address": "aws_s3_bucket_versioning.v", "values": {"bucket": "${aws_s3_bucket.b[0].id}"}, "references": {"bucket": ["aws_s3_bucket.b"]}}
	tf.refers_to(split, "bucket", "aws_s3_bucket.b[0]")
	tf.refers_to(split, "bucket", "aws_s3_bucket.b[\"x\"]")
	not tf.refers_to(split, "bucket", "aws_s3_bucket.c[0]")
	bucket := {"address": "aws_s3_bucket.b[1]", "base_address": "aws_s3_bucket.b", "values": {}}
	got := tf.attached("aws_s3_bucket_versioning", "bucket", bucket) with input as {"resources": {"aws_s3_bucket_versioning": [split]}}
	count(got) == 1
}

test_is_attached_by_reference_or_same_name if {
	bucket := {"address": "aws_s3_bucket.b[1]", "base_address": "aws_s3_bucket.b", "values": {"bucket": "named"}}
	by_ref := {"address": "aws_s3_bucket_versioning.v", "values": {"bucket": "${aws_s3_bucket.b[0].id}"}, "references": {"bucket": ["aws_s3_bucket.b"]}}
	by_name := {"address": "aws_s3_bucket_versioning.w", "values": {"bucket": "named"}, "references": {}}
	other := {"address": "aws_s3_bucket_versioning.x", "values": {"bucket": "${aws_s3_bucket.c.id}"}, "references": {"bucket": ["aws_s3_bucket.c"]}}
	tf.is_attached("aws_s3_bucket_versioning", "bucket", bucket) with input as {"resources": {"aws_s3_bucket_versioning": [by_ref]}}
	tf.is_attached("aws_s3_bucket_versioning", "bucket", bucket) with input as {"resources": {"aws_s3_bucket_versioning": [by_name]}}
	not tf.is_attached("aws_s3_bucket_versioning", "bucket", bucket) with input as {"resources": {"aws_s3_bucket_versioning": [other]}}
	not tf.is_attached("aws_s3_bucket_acl", "bucket", bucket) with input as {"resources": {"aws_s3_bucket_versioning": [by_ref, by_name]}}
}

test_attached_to_is_the_reverse_of_attached if {
	b0 := {"address": "aws_s3_bucket.b[0]", "base_address": "aws_s3_bucket.b", "values": {"bucket": "b0"}}
	b1 := {"address": "aws_s3_bucket.b[1]", "base_address": "aws_s3_bucket.b", "values": {"bucket": "b1"}}
	named := {"address": "aws_s3_bucket.n", "base_address": "aws_s3_bucket.n", "values": {"bucket": "n"}}
	by_ref := {"address": "aws_s3_bucket_versioning.v", "values": {"bucket": "${aws_s3_bucket.b[0].id}"}, "references": {"bucket": ["aws_s3_bucket.b"]}}
	by_name := {"address": "aws_s3_bucket_versioning.w", "values": {"bucket": "n"}, "references": {}}
	resources := {"resources": {"aws_s3_bucket": [b0, b1, named], "aws_s3_bucket_versioning": [by_ref, by_name]}}
	tf.attached_to(by_ref, "bucket", "aws_s3_bucket") == {b0, b1} with input as resources
	tf.attached_to(by_name, "bucket", "aws_s3_bucket") == {named} with input as resources
	pairs := {[b.address, v.address] | some b in [b0, b1, named]; some v in tf.attached("aws_s3_bucket_versioning", "bucket", b)} with input as resources
	reverse := {[b.address, v.address] | some v in [by_ref, by_name]; some b in tf.attached_to(v, "bucket", "aws_s3_bucket")} with input as resources
	pairs == reverse
}

test_referrers_match_like_refers_to if {
	split := {"address": "aws_x.s", "values": {}, "references": {"target": ["aws_y.t"], "other": ["aws_y.u"]}}
	unrelated := {"address": "aws_x.v", "values": {}, "references": {"target": ["aws_y.u"]}}
	resources := {"resources": {"aws_x": [split, unrelated]}}
	tf.referrers("aws_x", "target", "aws_y.t") == {split} with input as resources
	tf.referrers("aws_x", "target", "aws_y.t[3]") == {split} with input as resources
	tf.referrers("aws_x", "target", "aws_y.u") == {unrelated} with input as resources
	tf.referrers("aws_x", "other", "aws_y.t") == set() with input as resources
	tf.has_referrer("aws_x", "target", "aws_y.t[\"k\"]") with input as resources
	not tf.has_referrer("aws_x", "target", "aws_y.w") with input as resources
	not tf.has_referrer("aws_z", "target", "aws_y.t") with input as resources
}

test_with_value_matches_top_level_strings if {
	a := {"address": "aws_x.a", "values": {"name": "n", "count": 1}, "references": {}}
	b := {"address": "aws_x.b", "values": {"name": "${var.n}"}, "references": {}}
	resources := {"resources": {"aws_x": [a, b]}}
	tf.with_value("aws_x", "name", "n") == {a} with input as resources
	tf.with_value("aws_x", "name", "${var.n}") == {b} with input as resources
	tf.with_value("aws_x", "count", 1) == set() with input as resources
	tf.has_value("aws_x", "name", "n") with input as resources
	not tf.has_value("aws_x", "name", "m") with input as resources
	not tf.has_value("aws_x", "name", null) with input as resources
}

test_reference_keys if {
	tf.reference_keys("aws_x.a") == {"aws_x.a"}
	tf.reference_keys("aws_x.a[0]") == {"aws_x.a[0]", "aws_x.a"}
	tf.reference_keys("module.m[0].aws_x.a[1]") == {"module.m[0].aws_x.a[1]", "module.m"}
}

test_looks_like_secret_name if {
	every name in ["DB_PASSWORD", "api-key", "GITHUB_TOKEN", "aws_access_key_id", "AWS_SECRET_ACCESS_KEY", "client_secret", "PRIVATEKEY_PEM"] {
		tf.looks_like_secret_name(name)
	}
	every name in ["DB_PASSWORD_ARN", "SECRET_NAME", "TOKEN_URL", "PASSWORD_MIN_LENGTH", "TOKENIZER_MODEL", "SECRETARY", "LOG_LEVEL", "${var.name}", 5] {
		not tf.looks_like_secret_name(name)
	}
}

test_statements_list_or_single_object if {
	tf.statements({"Statement": [{"Effect": "Allow"}, {"Effect": "Deny"}]}) == [[{"Effect": "Allow"}, ["Statement", 0]], [{"Effect": "Deny"}, ["Statement", 1]]]
	tf.statements({"Statement": {"Effect": "Allow"}}) == [[{"Effect": "Allow"}, ["Statement"]]]
	not tf.statements({"Statement": "x"})
	not tf.statements({})
}

test_is_allow if {
	tf.is_allow(null)
	tf.is_allow("Allow")
	tf.is_allow("allow")
	not tf.is_allow("Deny")
	not tf.is_allow("${var.effect}")
}

test_is_public_principal if {
	tf.is_public_principal("*")
	tf.is_public_principal({"AWS": "*"})
	tf.is_public_principal({"AWS": ["arn:aws:iam::123456789012:root", "*"]})
	not tf.is_public_principal({"AWS": "arn:aws:iam::123456789012:root"})
	not tf.is_public_principal({"Service": "*"})
	not tf.is_public_principal("arn:aws:iam::123456789012:root")
}

test_is_unconditioned if {
	tf.is_unconditioned(null)
	tf.is_unconditioned({})
	not tf.is_unconditioned({"StringEquals": {"aws:SourceAccount": "123456789012"}})
}

test_gcp_is_public_member if {
	tf.gcp_is_public_member("allUsers")
	tf.gcp_is_public_member("allAuthenticatedUsers")
	not tf.gcp_is_public_member("user:alice@example.com")
	not tf.gcp_is_public_member("allusers")
	not tf.gcp_is_public_member(null)
}
