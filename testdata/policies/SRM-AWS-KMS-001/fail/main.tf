# Rotation explicitly disabled.
resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = false # expect: SRM-AWS-KMS-001
}

# Rotation left out: it defaults to false.
resource "aws_kms_key" "backups" { # expect: SRM-AWS-KMS-001
  description             = "Backups"
  deletion_window_in_days = 30
}

resource "aws_kms_key" "explicit_symmetric" {
  description              = "Explicitly symmetric"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  enable_key_rotation      = false # expect: SRM-AWS-KMS-001
}
