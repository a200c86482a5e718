resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["ec2:RunInstances", "iam:PassRole"] # expect: SRM-AWS-IAM-006
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_role_policy" "ci" {
  name = "ci"
  role = "ci"
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:Pass*\",\"Resource\":\"arn:aws:iam::111122223333:role/*\"}]}" # expect: SRM-AWS-IAM-006
}

data "aws_iam_policy_document" "lambda_admin" {
  statement {
    actions   = ["lambda:CreateFunction", "iam:PassRole"] # expect: SRM-AWS-IAM-006
    resources = ["*"]
  }
}
