resource "aws_inspector2_delegated_admin_account" "security" {
  account_id = "111122223333"
}

resource "aws_inspector2_organization_configuration" "this" {
  auto_enable { # expect: SRM-AWS-INSPECTOR-002
    ec2 = true
    ecr = false # expect: SRM-AWS-INSPECTOR-002
  }

  depends_on = [aws_inspector2_delegated_admin_account.security]
}
