resource "aws_backup_vault" "main" { # expect: SRM-AWS-BACKUP-002
  name = "main"
}

resource "aws_backup_vault" "legacy" {
  name        = "legacy"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup" # expect: SRM-AWS-BACKUP-002
}
