package srm.aws.ec2.user_data_secrets_test

import data.srm.aws.ec2.user_data_secrets as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.app", [type]), "type": type, "name": "app",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

access_key_script := "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"

secret_key_script := "#!/bin/bash\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"

test_access_key_in_user_data_is_reported if {
	findings := policy.deny with input as doc("aws_instance", {"user_data": access_key_script})
	{[f.resource, f.path] | some f in findings} == {["aws_instance.app", ["user_data"]]}
}

test_secret_key_in_every_resource_type_is_reported if {
	every type in ["aws_instance", "aws_launch_template", "aws_launch_configuration"] {
		findings := policy.deny with input as doc(type, {"user_data": secret_key_script})
		count(findings) == 1
	}
	env := "AWS_SECRET_ACCESS_KEY=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\""
	count(policy.deny) == 1 with input as doc("aws_instance", {"user_data": env})
}

test_keys_inside_an_encoding_function_are_reported if {
	text := "${base64encode(<<-EOT\n    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n  EOT\n)}"
	findings := policy.deny with input as doc("aws_launch_template", {"user_data": text})
	{f.path | some f in findings} == {["user_data"]}
	count(policy.deny) == 1 with input as doc("aws_instance", {"user_data_base64": text})
}

test_clean_user_data_passes if {
	count(policy.deny) == 0 with input as doc("aws_instance", {"user_data": "#!/bin/bash\nyum install -y nginx\naws ssm get-parameter --name /app/key --with-decryption\n"})
	count(policy.deny) == 0 with input as doc("aws_instance", {"user_data": "${templatefile(\"init.sh\", { role = var.role })}"})
	count(policy.deny) == 0 with input as doc("aws_instance", {"user_data": "${var.user_data}"})
	count(policy.deny) == 0 with input as doc("aws_instance", {"user_data": "ID=XAKIAIOSFODNN7EXAMPLEX"})
}

test_base64_user_data_is_decoded if {
	# base64 of "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
	encoded := "IyEvYmluL2Jhc2gKZXhwb3J0IEFXU19BQ0NFU1NfS0VZX0lEPUFLSUFJT1NGT0ROTjdFWEFNUExFCg=="
	policy.base64_text(encoded) == access_key_script
	findings := policy.deny with input as doc("aws_launch_template", {"user_data": encoded})
	{f.path | some f in findings} == {["user_data"]}
	count(policy.deny) == 1 with input as doc("aws_instance", {"user_data_base64": encoded})
	count(policy.deny) == 0 with input as doc("aws_launch_template", {"user_data": "IyEvYmluL2Jhc2gKeXVtIGluc3RhbGwgLXkgbmdpbngK"})
}
