# jsonencode with {"AWS": "*"} and no condition.
resource "aws_iam_role" "cross_account" {
  name = "cross-account"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { Service = "ec2.amazonaws.com" }
      },
      {
        Effect = "Allow"
        Action = "sts:AssumeRole"
        Principal = { # expect: SRM-AWS-IAM-003
          AWS = "*"
        }
      },
    ]
  })
}

# JSON written as a string, with Principal "*".
resource "aws_iam_role" "anyone" {
  name = "anyone"

  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}]}" # expect: SRM-AWS-IAM-003
}

# Policy document data source: reported on its principals.
data "aws_iam_policy_document" "trust_all" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = ["*"] # expect: SRM-AWS-IAM-003
    }
  }
}

resource "aws_iam_role" "from_document" {
  name               = "from-document"
  assume_role_policy = data.aws_iam_policy_document.trust_all.json
}
