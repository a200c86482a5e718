variable "logs_bucket_name" {
  type = string
}

# No versioning at all.
resource "aws_s3_bucket" "scratch" { # expect: SRM-AWS-S3-004
  bucket = "acme-scratch"
}

# Provider v3: versioning explicitly disabled.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"

  versioning {
    enabled = false # expect: SRM-AWS-S3-004
  }
}

# Provider v3: a versioning block that only sets mfa_delete.
resource "aws_s3_bucket" "mfa" {
  bucket = "acme-mfa"

  versioning { # expect: SRM-AWS-S3-004
    mfa_delete = false
  }
}

# Provider v4+: versioning suspended on the split resource.
resource "aws_s3_bucket" "documents" {
  bucket = "acme-documents"
}

resource "aws_s3_bucket_versioning" "documents" {
  bucket = aws_s3_bucket.documents.id

  versioning_configuration {
    status = "Suspended" # expect: SRM-AWS-S3-004
  }
}

# Suspended on a bucket managed elsewhere.
resource "aws_s3_bucket_versioning" "logs" {
  bucket = var.logs_bucket_name

  versioning_configuration {
    status = "Disabled" # expect: SRM-AWS-S3-004
  }
}
