resource "aws_secretsmanager_secret" "db" {
  name                    = "prod/orders/db"
  recovery_window_in_days = 0 # expect: SRM-AWS-SECRETSMANAGER-003
}
