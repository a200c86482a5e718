resource "aws_securityhub_account" "this" {
  enable_default_standards  = false # expect: SRM-AWS-SECURITYHUB-001
  control_finding_generator = "SECURITY_CONTROL"
}
