resource "aws_backup_vault" "main" {
  name = "main"
}

# The only rule keeps its recovery points for 3 days.
resource "aws_backup_plan" "daily" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 3 # expect: SRM-AWS-BACKUP-003
    }
  }
}

# Every rule, and the copy, expires within a week.
resource "aws_backup_plan" "frequent" {
  name = "frequent"

  rule {
    rule_name         = "hourly"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 * * * ? *)"

    lifecycle {
      delete_after = 1 # expect: SRM-AWS-BACKUP-003
    }
  }

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 6 # expect: SRM-AWS-BACKUP-003
    }

    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-west-1:111122223333:backup-vault:dr"

      lifecycle {
        delete_after = 5
      }
    }
  }
}
