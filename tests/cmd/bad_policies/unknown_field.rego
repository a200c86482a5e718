# METADATA
# title: Has an unknown METADATA field
# description: The schema rejects unknown fields.
# custom:
#   id: ACME-BAD-001
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   owner: platform-team
#   input: {format: terraform, types: [aws_s3_bucket]}
#   remediation: None.
package acme.bad.unknown_field

deny contains {"msg": "x", "resource": "x", "path": []} if false
