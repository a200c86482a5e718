package srm.aws.guardduty.eks_protection_test

import data.srm.aws.guardduty.eks_protection as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.this", [type]), "type": type, "name": "this", "mode": "managed", "file": "main.tf",
	"values": values, "references": {},
}]}}

feature(status) := doc("aws_guardduty_detector_feature", {"detector_id": "${aws_guardduty_detector.this.id}", "name": "EKS_AUDIT_LOGS", "status": status})

organization_feature(auto_enable) := doc("aws_guardduty_organization_configuration_feature", {"detector_id": "${aws_guardduty_detector.this.id}", "name": "EKS_AUDIT_LOGS", "auto_enable": auto_enable})

test_disabled_feature_is_reported if {
	findings := policy.deny with input as feature("DISABLED")
	{f.path | some f in findings} == {["status"]}
}

test_deprecated_datasource_turned_off_is_reported if {
	findings := policy.deny with input as doc("aws_guardduty_detector", {"enable": true, "datasources": [{"kubernetes": [{"audit_logs": [{"enable": false}]}]}]})
	{f.path | some f in findings} == {["datasources", 0, "kubernetes", 0, "audit_logs", 0, "enable"]}
}

test_organization_feature_not_auto_enabled_is_reported if {
	findings := policy.deny with input as organization_feature("NONE")
	{f.path | some f in findings} == {["auto_enable"]}
}

test_enabled_default_and_other_features_pass if {
	count(policy.deny) == 0 with input as feature("ENABLED")
	count(policy.deny) == 0 with input as organization_feature("ALL")
	count(policy.deny) == 0 with input as organization_feature("NEW")
	count(policy.deny) == 0 with input as doc("aws_guardduty_detector", {"enable": true})
	count(policy.deny) == 0 with input as doc("aws_guardduty_detector", {"enable": true, "datasources": [{"kubernetes": [{"audit_logs": [{"enable": true}]}]}]})
	count(policy.deny) == 0 with input as doc("aws_guardduty_detector_feature", {"name": "RDS_LOGIN_EVENTS", "status": "DISABLED"})
}

test_unresolved_is_unknown_not_reported if {
	count(policy.deny) == 0 with input as feature("${var.status}")
	count(policy.unknown) == 1 with input as feature("${var.status}")
	count(policy.unknown) == 1 with input as organization_feature("${var.auto_enable}")
	count(policy.unknown) == 0 with input as feature("ENABLED")
}

test_fix_enables_the_feature if {
	disabled := policy.deny with input as feature("disabled")
	{f.fix | some f in disabled} == {[{"set": ["status"], "value": "ENABLED"}]}
	legacy := policy.deny with input as doc("aws_guardduty_detector", {"enable": true, "datasources": [{"kubernetes": [{"audit_logs": [{"enable": false}]}]}]})
	{f.fix | some f in legacy} == {[{"set": ["datasources", 0, "kubernetes", 0, "audit_logs", 0, "enable"], "value": true}]}
}

test_no_fix_for_the_organization_auto_enable if {
	findings := policy.deny with input as organization_feature("NONE")
	count(findings) == 1
	every f in findings {
		not "fix" in object.keys(f)
	}
}
