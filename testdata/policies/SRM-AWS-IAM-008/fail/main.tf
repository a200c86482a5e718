resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name # expect: SRM-AWS-IAM-008
}

resource "aws_iam_access_key" "legacy" {
  user    = "legacy-integration" # expect: SRM-AWS-IAM-008
  pgp_key = "keybase:platform-team"
  status  = "Active"
}
