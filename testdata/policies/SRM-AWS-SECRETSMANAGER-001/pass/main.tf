variable "kms_key_id" {
  type = string
}

resource "aws_kms_key" "secrets" {
  description         = "Secrets Manager"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/orders/db"
  kms_key_id = aws_kms_key.secrets.arn
}

# Key chosen by a variable: not judged.
resource "aws_secretsmanager_secret" "api" {
  name       = "prod/orders/api-key"
  kms_key_id = var.kms_key_id
}

# A customer managed key looked up through a data source.
data "aws_kms_key" "shared" {
  key_id = "alias/shared-secrets"
}

resource "aws_secretsmanager_secret" "token" {
  name       = "prod/orders/token"
  kms_key_id = data.aws_kms_key.shared.arn
}
