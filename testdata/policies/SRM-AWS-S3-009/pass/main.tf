variable "object_lock" {
  type    = bool
}

resource "aws_s3_bucket" "records" {
  bucket = "acme-records"

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "records" {
  bucket = aws_s3_bucket.records.id

  rule {
    id     = "retention"
    status = "Enabled"

    filter {}

    expiration {
      days = 2555
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

resource "aws_s3_bucket" "ledger" {
  bucket              = "acme-ledger"
  object_lock_enabled = true

  tags = {
    data-classification = "restricted"
  }
}

resource "aws_s3_bucket_object_lock_configuration" "ledger" {
  bucket = aws_s3_bucket.ledger.id

  rule {
    default_retention {
      mode  = "COMPLIANCE"
      years = 7
    }
  }
}

# From a variable: not judged.
resource "aws_s3_bucket" "archive" {
  bucket              = "acme-archive"
  object_lock_enabled = var.object_lock

  tags = {
    data-classification = "confidential"
  }
}
