variable "bucket_name" {
  type = string
}

resource "aws_kms_key" "s3" {
  description         = "S3 data key"
  enable_key_rotation = true
}

# Provider v4+: split resource referring to the bucket.
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}

# Split resource naming the bucket literally.
resource "aws_s3_bucket" "media" {
  bucket = "acme-media"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "media" {
  bucket = "acme-media"

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Bucket name from a variable, used the same way by both resources.
resource "aws_s3_bucket" "named" {
  bucket = var.bucket_name
}

resource "aws_s3_bucket_server_side_encryption_configuration" "named" {
  bucket = var.bucket_name

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Provider v3: inline block.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.s3.arn
      }
    }
  }
}
