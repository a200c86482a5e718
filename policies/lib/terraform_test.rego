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

test_instances_are_referred_to_through_their_resource if {
	split := {"address": "aws_s3_bucket_versioning.v", "values": {"bucket": "${aws_s3_bucket.b[0].id}"}, "references": {"bucket": ["aws_s3_bucket.b"]}}
	tf.refers_to(split, "bucket", "aws_s3_bucket.b[0]")
	tf.refers_to(split, "bucket", "aws_s3_bucket.b[\"x\"]")
	not tf.refers_to(split, "bucket", "aws_s3_bucket.c[0]")
	bucket := {"address": "aws_s3_bucket.b[1]", "base_address": "aws_s3_bucket.b", "values": {}}
	got := tf.attached("aws_s3_bucket_versioning", "bucket", bucket) with input as {"resources": {"aws_s3_bucket_versioning": [split]}}
	count(got) == 1
}
