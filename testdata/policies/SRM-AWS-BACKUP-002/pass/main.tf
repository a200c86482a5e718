variable "backup_kms_key_arn" {
  type = string
}

resource "aws_kms_key" "backup" {
  description         = "AWS Backup"
  enable_key_rotation = true
}

resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = aws_kms_key.backup.arn
}

# From a variable: not judged.
resource "aws_backup_vault" "secondary" {
  name        = "secondary"
  kms_key_arn = var.backup_kms_key_arn
}
