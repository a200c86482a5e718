# No encryption configuration: SSE-S3.
resource "aws_s3_bucket" "records" { # expect: SRM-AWS-S3-008
  bucket = "acme-records"

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_s3_bucket" "payroll" {
  bucket = "acme-payroll"

  tags = {
    DataClassification = "restricted"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "payroll" {
  bucket = aws_s3_bucket.payroll.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # expect: SRM-AWS-S3-008
    }
  }
}

resource "aws_s3_bucket" "contracts" {
  bucket = "acme-contracts"

  tags = {
    data-classification = "confidential"
  }
}

# SSE-KMS with the AWS managed key aws/s3.
resource "aws_s3_bucket_server_side_encryption_configuration" "contracts" {
  bucket = aws_s3_bucket.contracts.id

  rule {
    apply_server_side_encryption_by_default { # expect: SRM-AWS-S3-008
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}
