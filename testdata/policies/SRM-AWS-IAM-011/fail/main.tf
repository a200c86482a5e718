resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
  password_reuse_prevention      = 24
  max_password_age               = 365 # expect: SRM-AWS-IAM-011
}

# (Second variant in the same fixture; an account has one password policy.)
# max_password_age omitted: passwords never expire.
resource "aws_iam_account_password_policy" "defaults" { # expect: SRM-AWS-IAM-011
  minimum_password_length   = 14
  password_reuse_prevention = 24
}
