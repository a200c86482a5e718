variable "parameter_type" {
  type = string
}

resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_kms_key" "parameters" {
  description         = "Parameter Store secrets"
  enable_key_rotation = true
}

resource "aws_ssm_parameter" "db_password" {
  name   = "/prod/orders/db_password"
  type   = "SecureString"
  key_id = aws_kms_key.parameters.arn
  value  = random_password.db.result
}

# Not a credential.
resource "aws_ssm_parameter" "db_host" {
  name  = "/prod/orders/db_host"
  type  = "String"
  value = "orders.cluster-c1a2b3c4d5e6.eu-west-1.rds.amazonaws.com"
}

# A reference to a secret, not the secret itself.
resource "aws_ssm_parameter" "db_secret_arn" {
  name  = "/prod/orders/db_password_secret_arn"
  type  = "String"
  value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders-db-AbCdEf"
}

# Decided by a variable: not judged.
resource "aws_ssm_parameter" "configurable" {
  name  = "/prod/orders/api_key"
  type  = var.parameter_type
  value = random_password.db.result
}
