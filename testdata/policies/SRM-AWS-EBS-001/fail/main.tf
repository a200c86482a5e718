# Encryption by default explicitly switched off for the region.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = false # expect: SRM-AWS-EBS-001
}
