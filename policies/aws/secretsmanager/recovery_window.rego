# METADATA
# title: Secrets Manager secret is deleted immediately, without a recovery window
# description: >-
#   With recovery_window_in_days = 0, deleting the secret (a terraform destroy, a
#   renamed resource, a compromised pipeline) removes it at once and for good:
#   applications that depend on it fail and the value cannot be restored. By
#   default Secrets Manager keeps a deleted secret recoverable for 30 days; the
#   customer can shorten it to 7 but should not switch it off.
# custom:
#   id: SRM-AWS-SECRETSMANAGER-003
#   severity: medium
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_secretsmanager_secret]}
#   remediation: >-
#     Keep a recovery window: remove the attribute (30 days) or set
#     `recovery_window_in_days = 7` or more.
#   fix: {safety: safe, change: "Removes `recovery_window_in_days = 0`, so a deleted secret stays recoverable for 30 days (the default); nothing changes while the secret exists, but recreating a deleted secret under the same name then needs a restore or a wait."}
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html"
#     - "https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#recovery_window_in_days"
package srm.aws.secretsmanager.recovery_window

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Secrets Manager secret %s is deleted without recovery (recovery_window_in_days = 0)", [r.address]),
	"resource": r.address,
	"path": ["recovery_window_in_days"],
	"fix": [{"remove": ["recovery_window_in_days"]}],
} if {
	some r in tf.resources("aws_secretsmanager_secret")
	value := r.values.recovery_window_in_days
	value in {0, "0"}
}
