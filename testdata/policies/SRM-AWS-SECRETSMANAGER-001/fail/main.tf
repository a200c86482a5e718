resource "aws_secretsmanager_secret" "db" { # expect: SRM-AWS-SECRETSMANAGER-001
  name        = "prod/orders/db"
  description = "Orders database credentials"
}

resource "aws_secretsmanager_secret" "api" {
  name       = "prod/orders/api-key"
  kms_key_id = "alias/aws/secretsmanager" # expect: SRM-AWS-SECRETSMANAGER-001
}

# The AWS managed key looked up through a data source.
data "aws_kms_key" "managed" {
  key_id = "alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "token" {
  name       = "prod/orders/token"
  kms_key_id = data.aws_kms_key.managed.arn # expect: SRM-AWS-SECRETSMANAGER-001
}
