resource "aws_securityhub_organization_configuration" "this" {
  auto_enable = false # expect: SRM-AWS-SECURITYHUB-002

  organization_configuration {
    configuration_type = "LOCAL"
  }
}
