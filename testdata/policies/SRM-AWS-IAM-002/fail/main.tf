resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user" "bob" {
  name = "bob"
}

resource "aws_iam_policy" "read_only" {
  name = "read-only-extra"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:ListAllMyBuckets"]
      Resource = "*"
    }]
  })
}

# Inline policy on a user.
resource "aws_iam_user_policy" "alice" {
  name = "alice-s3"
  user = aws_iam_user.alice.name # expect: SRM-AWS-IAM-002

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = "arn:aws:s3:::acme-data/*"
    }]
  })
}

# Managed policy attached to a user.
resource "aws_iam_user_policy_attachment" "bob" {
  user       = aws_iam_user.bob.name # expect: SRM-AWS-IAM-002
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# Exclusive attachment that lists users.
resource "aws_iam_policy_attachment" "read_only" {
  name       = "read-only-extra"
  policy_arn = aws_iam_policy.read_only.arn
  users      = [aws_iam_user.alice.name, aws_iam_user.bob.name] # expect: SRM-AWS-IAM-002
  groups     = ["auditors"]
}
