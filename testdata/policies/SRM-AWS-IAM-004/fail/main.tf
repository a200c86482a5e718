resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 8 # expect: SRM-AWS-IAM-004
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
  password_reuse_prevention      = 24
}

# (Second variant in the same fixture; an account has one password policy.)
# minimum_password_length omitted: the provider default is 6.
resource "aws_iam_account_password_policy" "defaults" { # expect: SRM-AWS-IAM-004
  require_symbols           = true
  password_reuse_prevention = 24
}
