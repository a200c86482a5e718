variable "auto_enable_new_accounts" {
  type    = bool
}

# Local configuration that enables new accounts with the default standards.
resource "aws_securityhub_organization_configuration" "this" {
  auto_enable           = true
  auto_enable_standards = "DEFAULT"
}

# (Alternative shown in the same fixture) central configuration: new accounts are
# governed by configuration policies, auto_enable must be false.
resource "aws_securityhub_organization_configuration" "central" {
  auto_enable           = false
  auto_enable_standards = "NONE"

  organization_configuration {
    configuration_type = "CENTRAL"
  }
}

# From a variable: not judged.
resource "aws_securityhub_organization_configuration" "configurable" {
  auto_enable = var.auto_enable_new_accounts
}
