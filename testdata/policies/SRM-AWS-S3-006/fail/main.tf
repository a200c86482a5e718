# No bucket policy at all.
resource "aws_s3_bucket" "uploads" { # expect: SRM-AWS-S3-006
  bucket = "acme-uploads"
}

# A bucket policy that grants access but does not deny plain HTTP.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({ # expect: SRM-AWS-S3-006
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ReadForAnalytics"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/analytics" }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.reports.arn}/*"
      }
    ]
  })
}

# Policy document data source without the deny statement.
resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

resource "aws_s3_bucket_policy" "exports" {
  bucket = aws_s3_bucket.exports.id
  policy = data.aws_iam_policy_document.exports.json # expect: SRM-AWS-S3-006
}

data "aws_iam_policy_document" "exports" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.exports.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/partner"]
    }
  }
}
