variable "retention_days" {
  type = number
}

resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_plan" "daily" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 35
    }
  }
}

# A short hourly rule beside a long daily rule.
resource "aws_backup_plan" "tiered" {
  name = "tiered"

  rule {
    rule_name         = "hourly"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 * * * ? *)"

    lifecycle {
      delete_after = 1
    }
  }

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      cold_storage_after = 30
      delete_after       = 365
    }
  }
}

# A short local copy with a long copy in another vault.
resource "aws_backup_plan" "copied" {
  name = "copied"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 3
    }

    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-west-1:111122223333:backup-vault:dr"

      lifecycle {
        delete_after = 90
      }
    }
  }
}

# No lifecycle: recovery points are kept until deleted by hand.
resource "aws_backup_plan" "forever" {
  name = "forever"

  rule {
    rule_name         = "weekly"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 ? * SUN *)"
  }
}

# From a variable without a default: not judged.
resource "aws_backup_plan" "configurable" {
  name = "configurable"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = var.retention_days
    }
  }
}
