variable "extra_backup_arns" {
  type    = list(string)
}

resource "aws_db_instance" "patients" {
  identifier                  = "patients"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  storage_encrypted           = true

  tags = {
    data-classification = "restricted"
  }
}

resource "aws_dynamodb_table" "customers" {
  name         = "customers"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_efs_file_system" "records" {
  creation_token = "records"
  encrypted      = true

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_efs_backup_policy" "records" {
  file_system_id = aws_efs_file_system.records.id

  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_backup_plan" "daily" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"

    lifecycle {
      delete_after = 35
    }
  }
}

# By ARN.
resource "aws_backup_selection" "databases" {
  name         = "databases"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  resources    = [aws_db_instance.patients.arn]
}

# By classification tag.
resource "aws_backup_selection" "confidential" {
  name         = "confidential"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "data-classification"
    value = "confidential"
  }
}

# From a variable: not judged.
resource "aws_backup_selection" "extra" {
  name         = "extra"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  resources    = var.extra_backup_arns
}
