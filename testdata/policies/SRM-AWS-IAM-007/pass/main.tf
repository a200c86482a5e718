variable "bucket_arn" {
  type = string
}

resource "aws_iam_policy" "data_team" {
  name = "data-team"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "s3:*"
        Resource = [var.bucket_arn, "${var.bucket_arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["ec2:Describe*", "cloudwatch:GetMetricData"]
        Resource = "*"
      }
    ]
  })
}

# A bucket policy (with principals) is not an identity policy.
data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/data-admin"]
    }
  }
}
