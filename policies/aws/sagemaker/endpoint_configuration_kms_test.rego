package srm.aws.sagemaker.endpoint_configuration_kms_test

import data.srm.aws.sagemaker.endpoint_configuration_kms as policy

config(values, variants) := {"format": "terraform", "module": ".", "resources": {"aws_sagemaker_endpoint_configuration": [{
	"address": "aws_sagemaker_endpoint_configuration.churn", "type": "aws_sagemaker_endpoint_configuration", "name": "churn",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "churn", "production_variants": variants}, values),
}]}}

variant(type) := {"variant_name": "primary", "model_name": "${aws_sagemaker_model.churn.name}", "initial_instance_count": 1, "instance_type": type}

test_missing_key_reported if {
	findings := policy.deny with input as config({}, [variant("ml.m5.large")])
	count(findings) == 1
	some f in findings
	f.path == ["kms_key_arn"]
}

test_key_passes if {
	count(policy.deny) == 0 with input as config({"kms_key_arn": "${aws_kms_key.sagemaker.arn}"}, [variant("ml.m5.large")])
}

test_local_storage_and_serverless_do_not_apply if {
	count(policy.deny) == 0 with input as config({}, [variant("ml.g4dn.xlarge")])
	count(policy.deny) == 0 with input as config({}, [variant("ml.m5d.large")])
	count(policy.deny) == 0 with input as config({}, [variant("ml.g5.2xlarge")])
	count(policy.deny) == 0 with input as config({}, [variant("ml.m5.large"), variant("ml.p4d.24xlarge")])
	serverless := {"variant_name": "primary", "model_name": "churn", "serverless_config": [{"max_concurrency": 5, "memory_size_in_mb": 2048}]}
	count(policy.deny) == 0 with input as config({}, [serverless])
	count(policy.applies) == 0 with input as config({}, [serverless])
	policy.applies == {"aws_sagemaker_endpoint_configuration.churn"} with input as config({}, [variant("ml.c5.xlarge")])
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as config({"kms_key_arn": "${var.kms_key_arn}"}, [variant("ml.m5.large")])
	count(policy.deny) == 0 with input as config({}, [variant("${var.instance_type}")])
}
