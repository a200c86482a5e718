variable "minimum_password_length" {
  type    = number
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  allow_users_to_change_password = true
  password_reuse_prevention      = 24
}

# (Second variant in the same fixture.) From a variable: not judged.
resource "aws_iam_account_password_policy" "configurable" {
  minimum_password_length   = var.minimum_password_length
  password_reuse_prevention = 24
}
