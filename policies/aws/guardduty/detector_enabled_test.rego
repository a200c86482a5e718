package srm.aws.guardduty.detector_enabled_test

import data.srm.aws.guardduty.detector_enabled as policy

detector(values) := {"format": "terraform", "module": ".", "resources": {"aws_guardduty_detector": [{
	"address": "aws_guardduty_detector.this", "type": "aws_guardduty_detector", "name": "this",
	"mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

test_enabled_detector_passes if {
	count(policy.deny) == 0 with input as detector({})
	count(policy.deny) == 0 with input as detector({"enable": true})
	count(policy.deny) == 0 with input as detector({"enable": "${var.guardduty_enabled}"})
}

test_disabled_detector_reported if {
	findings := policy.deny with input as detector({"enable": false})
	count(findings) == 1
	some f in findings
	f.resource == "aws_guardduty_detector.this"
	f.path == ["enable"]
}

test_fix_enables_the_detector if {
	findings := policy.deny with input as detector({"enable": false})
	{f.fix | some f in findings} == {[{"set": ["enable"], "value": true}]}
}
