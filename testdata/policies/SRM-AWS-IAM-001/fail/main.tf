# jsonencode: reported at the Action of the offending statement.
resource "aws_iam_policy" "admin" {
  name = "admin"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "*" # expect: SRM-AWS-IAM-001
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role" "deployer" {
  name = "deployer"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "codebuild.amazonaws.com" }
    }]
  })
}

# A single Statement object and "*:*".
resource "aws_iam_role_policy" "deployer" {
  name = "deployer"
  role = aws_iam_role.deployer.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect   = "Allow"
      Action   = ["*:*"] # expect: SRM-AWS-IAM-001
      Resource = ["*"]
    }
  })
}

# JSON written as a string: reported at the attribute.
resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy" "ops" {
  name  = "ops"
  group = aws_iam_group.ops.name

  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}" # expect: SRM-AWS-IAM-001
}

# Policy document data source: effect defaults to Allow.
data "aws_iam_policy_document" "everything" {
  statement {
    actions   = ["*"] # expect: SRM-AWS-IAM-001
    resources = ["*"]
  }
}

resource "aws_iam_policy" "everything" {
  name   = "everything"
  policy = data.aws_iam_policy_document.everything.json
}
