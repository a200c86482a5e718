variable "scan_lambda" {
  type = bool
}

resource "aws_inspector2_delegated_admin_account" "security" {
  account_id = "111122223333"
}

resource "aws_inspector2_organization_configuration" "this" {
  auto_enable {
    ec2         = true
    ecr         = true
    lambda      = true
    lambda_code = true
  }

  depends_on = [aws_inspector2_delegated_admin_account.security]
}

# (Second variant in the same fixture; an organization has one such configuration.)
# From a variable without a default: not judged.
resource "aws_inspector2_organization_configuration" "configurable" {
  auto_enable {
    ec2    = true
    ecr    = true
    lambda = var.scan_lambda
  }
}
