variable "principal_id" {
  type = string
}

# Programmatic-only user without a console password.
resource "aws_iam_user" "ci" {
  name = "ci"
}

# People sign in through IAM Identity Center.
resource "aws_ssoadmin_account_assignment" "alice" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
  principal_id       = var.principal_id
  principal_type     = "USER"
  target_id          = "111122223333"
  target_type        = "AWS_ACCOUNT"
}
