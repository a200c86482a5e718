resource "aws_secretsmanager_secret" "db" { # expect: SRM-AWS-SECRETSMANAGER-001
  name        = "prod/orders/db"
  description = "Orders database credentials"
}

resource "aws_secretsmanager_secret" "api" {
  name       = "prod/orders/api-key"
  kms_key_id = "alias/aws/secretsmanager" # expect: SRM-AWS-SECRETSMANAGER-001
}
