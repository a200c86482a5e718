resource "aws_s3_bucket" "logs" {
  bucket = "acme-access-logs"
}

# No access logging at all.
resource "aws_s3_bucket" "reports" { # expect: SRM-AWS-S3-005
  bucket = "acme-reports"
}

# The aws_s3_bucket_logging below is for another bucket.
resource "aws_s3_bucket" "exports" { # expect: SRM-AWS-S3-005
  bucket = "acme-exports"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket = aws_s3_bucket.data.id

  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "s3/acme-data/"
}
