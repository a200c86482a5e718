variable "log_bucket" {
  type = string
}

# The log destination itself is not reported.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket = aws_s3_bucket.data.id

  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "s3/acme-data/"
}

# Destination from a variable: logging is on.
resource "aws_s3_bucket" "media" {
  bucket = "acme-media"
}

resource "aws_s3_bucket_logging" "media" {
  bucket = aws_s3_bucket.media.id

  target_bucket = var.log_bucket
  target_prefix = "s3/acme-media/"
}

# Provider v3: inline logging block, into a legacy log bucket.
resource "aws_s3_bucket" "legacy_logs" {
  bucket = "acme-legacy-logs"
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"

  logging {
    target_bucket = aws_s3_bucket.legacy_logs.id
    target_prefix = "s3/acme-legacy/"
  }
}
