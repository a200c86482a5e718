variable "bucket_kms_key_arn" {
  type = string
}

resource "aws_kms_key" "data" {
  description         = "Confidential buckets"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "records" {
  bucket = "acme-records"

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "records" {
  bucket = aws_s3_bucket.records.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

# Key from a variable: not judged.
resource "aws_s3_bucket" "payroll" {
  bucket = "acme-payroll"

  tags = {
    data-classification = "restricted"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "payroll" {
  bucket = aws_s3_bucket.payroll.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.bucket_kms_key_arn
    }
  }
}

# Public data: SSE-S3 is fine.
resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"

  tags = {
    data-classification = "public"
  }
}
