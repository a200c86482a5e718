resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_login_profile" "alice" {
  user                    = aws_iam_user.alice.name # expect: SRM-AWS-IAM-009
  password_reset_required = true
}
