variable "max_password_age" {
  type = number
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  allow_users_to_change_password = true
  password_reuse_prevention      = 24
  max_password_age               = 90
}

# (Second variant in the same fixture.) From a variable: not judged.
resource "aws_iam_account_password_policy" "configurable" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
  max_password_age          = var.max_password_age
}
