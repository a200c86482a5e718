resource "aws_iam_policy" "data_team" {
  name = "data-team"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["athena:StartQueryExecution", "s3:*"] # expect: SRM-AWS-IAM-007
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "kms:*" # expect: SRM-AWS-IAM-007
        Resource = ["*"]
      }
    ]
  })
}

resource "aws_iam_user_policy" "ci" {
  name   = "ci"
  user   = "ci"
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"*\"}]}" # expect: SRM-AWS-IAM-007
}

data "aws_iam_policy_document" "operator" {
  statement {
    actions   = ["ec2:Describe*", "iam:*"] # expect: SRM-AWS-IAM-007
    resources = ["*"]
  }
}
