resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  allow_users_to_change_password = true
  password_reuse_prevention      = 5 # expect: SRM-AWS-IAM-005
}

# (Second variant in the same fixture; an account has one password policy.)
# password_reuse_prevention omitted: reuse is allowed.
resource "aws_iam_account_password_policy" "defaults" { # expect: SRM-AWS-IAM-005
  minimum_password_length = 14
}
