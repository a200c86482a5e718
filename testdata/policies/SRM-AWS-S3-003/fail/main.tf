resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

# Explicit false values.
resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id

  block_public_acls       = true
  block_public_policy     = false # expect: SRM-AWS-S3-003
  ignore_public_acls      = true
  restrict_public_buckets = false # expect: SRM-AWS-S3-003
}

resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}

# Settings left out default to false.
resource "aws_s3_bucket_public_access_block" "assets" { # expect: SRM-AWS-S3-003
  bucket = aws_s3_bucket.assets.id

  block_public_acls  = true
  ignore_public_acls = true
}

# Account-level block that still allows public bucket policies.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = "false" # expect: SRM-AWS-S3-003
  ignore_public_acls      = true
  restrict_public_buckets = true
}
