resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/orders/db_password"
  type  = "String" # expect: SRM-AWS-SSM-002
  value = random_password.db.result
}

resource "aws_ssm_parameter" "webhook_tokens" {
  name  = "/prod/orders/WEBHOOK_TOKENS"
  type  = "StringList" # expect: SRM-AWS-SSM-002
  value = join(",", [random_password.db.result])
}
