resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PublicRead"
        Effect    = "Allow"
        Principal = "*" # expect: SRM-AWS-S3-007
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.site.arn}/*"
      }
    ]
  })
}

resource "aws_s3_bucket" "drop" {
  bucket = "acme-drop"
}

resource "aws_s3_bucket_policy" "drop" {
  bucket = aws_s3_bucket.drop.id
  policy = data.aws_iam_policy_document.drop.json
}

data "aws_iam_policy_document" "drop" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.drop.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = ["*"] # expect: SRM-AWS-S3-007
    }
  }
}

# A Condition that every principal satisfies does not restrict "*".
resource "aws_s3_bucket" "wildcard_condition" {
  bucket = "acme-wildcard-condition"
}

resource "aws_s3_bucket_policy" "wildcard_condition" {
  bucket = aws_s3_bucket.wildcard_condition.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "*" } # expect: SRM-AWS-S3-007
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.wildcard_condition.arn}/*"
        Condition = {
          ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*" }
        }
      }
    ]
  })
}
