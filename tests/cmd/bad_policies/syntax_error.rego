# METADATA
# title: Does not compile
# description: A Rego syntax error is reported with the file, and the other policies still run.
# custom:
#   id: ACME-BAD-002
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_s3_bucket]}
#   remediation: None.
package acme.bad.syntax_error

deny contains {"msg": "x" if {
