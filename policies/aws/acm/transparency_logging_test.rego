package srm.aws.acm.transparency_logging_test

import data.srm.aws.acm.transparency_logging as policy

certificate(values) := {"format": "terraform", "module": ".", "resources": {"aws_acm_certificate": [{
	"address": "aws_acm_certificate.web", "type": "aws_acm_certificate", "name": "web", "mode": "managed", "file": "main.tf",
	"values": object.union({"domain_name": "www.example.com", "validation_method": "DNS"}, values), "references": {},
}]}}

test_opt_out_is_reported if {
	findings := policy.deny with input as certificate({"options": [{"certificate_transparency_logging_preference": "DISABLED"}]})
	{f.path | some f in findings} == {["options", 0, "certificate_transparency_logging_preference"]}
}

test_logged_and_default_pass if {
	count(policy.deny) == 0 with input as certificate({})
	count(policy.deny) == 0 with input as certificate({"options": [{"certificate_transparency_logging_preference": "ENABLED"}]})
	count(policy.deny) == 0 with input as certificate({"options": [{"export": "ENABLED"}]})
}

test_private_and_imported_are_not_judged if {
	count(policy.deny) == 0 with input as certificate({"certificate_authority_arn": "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/ca", "options": [{"certificate_transparency_logging_preference": "DISABLED"}]})
	count(policy.applies) == 0 with input as certificate({"certificate_authority_arn": "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/ca"})
	policy.applies == {"aws_acm_certificate.web"} with input as certificate({})
}

test_unresolved_is_unknown_not_reported if {
	doc := certificate({"options": [{"certificate_transparency_logging_preference": "${var.ct_logging}"}]})
	count(policy.deny) == 0 with input as doc
	count(policy.unknown) == 1 with input as doc
}
