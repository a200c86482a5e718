# METADATA
# title: Returns a result without a message
# description: A result that breaks the contract is reported as a policy error for that document.
# custom:
#   id: ACME-BAD-003
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_s3_bucket]}
#   remediation: None.
package acme.bad.bad_result

deny contains {"resource": bucket.address} if {
	some bucket in input.resources.aws_s3_bucket
}
