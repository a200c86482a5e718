# No encryption configuration at all.
resource "aws_s3_bucket" "reports" { # expect: SRM-AWS-S3-001
  bucket = "acme-reports"
}

# The encryption configuration below belongs to another bucket.
resource "aws_s3_bucket" "exports" { # expect: SRM-AWS-S3-001
  bucket = "acme-exports"

  tags = {
    Name = "exports"
  }
}

resource "aws_s3_bucket" "archive" {
  bucket = "acme-archive"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "archive" {
  bucket = aws_s3_bucket.archive.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
