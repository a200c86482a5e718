resource "aws_s3_bucket" "records" { # expect: SRM-AWS-S3-009
  bucket = "acme-records"

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_s3_bucket" "payroll" { # expect: SRM-AWS-S3-009
  bucket              = "acme-payroll"
  object_lock_enabled = false

  tags = {
    DataClassification = "restricted"
  }
}
