variable "recovery_window_in_days" {
  type = number
}

# Omitted: 30 days.
resource "aws_secretsmanager_secret" "db" {
  name = "prod/orders/db"
}

resource "aws_secretsmanager_secret" "api" {
  name                    = "prod/orders/api-key"
  recovery_window_in_days = 7
}

# Decided by a variable: not judged.
resource "aws_secretsmanager_secret" "configurable" {
  name                    = "prod/orders/configurable"
  recovery_window_in_days = var.recovery_window_in_days
}
