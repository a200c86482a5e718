# METADATA
# title: EC2 user data contains AWS access keys
# description: >-
#   User data is not a secret store: anyone allowed ec2:DescribeInstanceAttribute
#   (or the launch template and configuration APIs) can read it, any process on the
#   instance can fetch it from the metadata service, and it is kept in the
#   Terraform state and the code repository. AWS access keys written into it are
#   long-lived credentials that leak with all of these. Instances should get
#   credentials from an instance profile role; AWS does nothing to stop keys being
#   placed in user data.
# custom:
#   id: SRM-AWS-EC2-006
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_instance, aws_launch_template, aws_launch_configuration]}
#   remediation: >-
#     Remove the keys from the user data, deactivate and rotate them, and give the
#     instance an IAM role instead: `iam_instance_profile =
#     aws_iam_instance_profile.app.name`; read other secrets at boot from Secrets
#     Manager or SSM Parameter Store (`aws ssm get-parameter --with-decryption`).
#   frameworks: {nist-800-53: [IA-5, IA-5(7), SC-28]}
#   peers: {checkov: [CKV_AWS_46], kics: [hardcoded_aws_access_key], trivy: [AVD-AWS-0029, AVD-AWS-0129]}
#   references:
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html"
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-roles-instead-of-long-term-credentials"
package srm.aws.ec2.user_data_secrets

import data.srm.lib.terraform as tf

# The user data as written (a literal or a heredoc) and, when it is base64
# (launch templates, user_data_base64, base64encode() evaluated by srm-lint), the
# text it encodes.
deny contains {
	"msg": sprintf("%s has AWS credentials in %s (%s); remove them and use an instance profile role", [r.address, attr, concat(" and ", sort(kinds))]),
	"resource": r.address,
	"path": [attr],
} if {
	some type in ["aws_instance", "aws_launch_template", "aws_launch_configuration"]
	some r in tf.resources(type)
	some attr in ["user_data", "user_data_base64"]
	value := r.values[attr]
	is_string(value)
	kinds := {kind |
		some text in texts(value)
		some kind, pattern in patterns
		regex.match(pattern, text)
	}
	count(kinds) > 0
}

texts(value) := {value} | {decoded | decoded := base64_text(value)}

patterns := {
	# Access key ids of IAM users (AKIA) and temporary credentials (ASIA), etc.
	"an access key id": `(^|[^A-Z0-9])(AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}([^A-Z0-9]|$)`,
	# aws_secret_access_key = ..., AWS_SECRET_ACCESS_KEY=..., "aws configure set aws_secret_access_key ..."
	"a secret access key": `(?i)aws_?secret_?(access_?)?key["']?(\s*[:=]\s*|\s+)["']?[A-Za-z0-9/+]{40}([^A-Za-z0-9/+]|$)`,
}

# base64_text(text) is the ASCII text a base64 string encodes (bytes outside
# printable ASCII become "?"); undefined when the string is not base64.
alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

printable := " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"

base64_text(text) := concat("", [decode_group(substring(compact, i * 4, 4)) |
	some i in numbers.range(0, (count(compact) / 4) - 1)
]) if {
	compact := replace(replace(text, "\n", ""), "\r", "")
	count(compact) >= 8
	count(compact) % 4 == 0
	regex.match(`^[A-Za-z0-9+/]+={0,2}$`, compact)
}

decode_group(group) := concat("", [character(bytes[k]) | some k in numbers.range(0, count(values) - 2)]) if {
	values := [indexof(alphabet, c) | some c in split(group, ""); c != "="]
	n := (((at(values, 0) * 64) + at(values, 1)) * 64 + at(values, 2)) * 64 + at(values, 3)
	bytes := [floor(n / 65536), floor(n / 256) % 256, n % 256]
}

at(values, k) := values[k] if k < count(values)

at(values, k) := 0 if k >= count(values)

character(b) := substring(printable, b - 32, 1) if {
	b >= 32
	b <= 126
} else := "\n" if {
	b == 10
} else := "\t" if {
	b == 9
} else := "?"
