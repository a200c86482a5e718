variable "actions" {
  type = list(string)
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_iam_policy" "reader" {
  name = "reader"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
      },
      {
        Effect   = "Deny"
        Action   = "*"
        Resource = "*"
        Condition = {
          Bool = { "aws:SecureTransport" = "false" }
        }
      },
    ]
  })
}

# Actions from a variable: not judged.
resource "aws_iam_policy" "configurable" {
  name = "configurable"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.actions
      Resource = "*"
    }]
  })
}

# Heredoc: every action of one service on one bucket.
resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_user_policy" "ci" {
  name = "ci"
  user = aws_iam_user.ci.name

  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:*",
      "Resource": "arn:aws:s3:::acme-artifacts/*"
    }
  ]
}
EOF
}

data "aws_iam_policy_document" "ec2_read" {
  statement {
    actions   = ["ec2:Describe*"]
    resources = ["*"]
  }

  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]

    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
  }
}

resource "aws_iam_policy" "ec2_read" {
  name   = "ec2-read"
  policy = data.aws_iam_policy_document.ec2_read.json
}
