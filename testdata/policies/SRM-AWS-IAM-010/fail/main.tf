resource "aws_iam_policy" "power_user" {
  name = "power-user"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        NotAction = ["iam:*", "organizations:*", "account:*"] # expect: SRM-AWS-IAM-010
        Resource  = "*"
      }
    ]
  })
}

data "aws_iam_policy_document" "developer" {
  statement {
    not_actions = ["iam:*"] # expect: SRM-AWS-IAM-010
    resources   = ["*"]
  }
}
