variable "retention_in_days" {
  type    = number
  default = 400
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/acme/app"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "audit" {
  name              = "/acme/audit"
  retention_in_days = 3653
}

# No retention: logs never expire.
resource "aws_cloudwatch_log_group" "forever" {
  name = "/acme/forever"
}

# 0 also means never expire.
resource "aws_cloudwatch_log_group" "never_expire" {
  name              = "/acme/never-expire"
  retention_in_days = 0
}

# From a variable: not judged.
resource "aws_cloudwatch_log_group" "configurable" {
  name              = "/acme/configurable"
  retention_in_days = var.retention_in_days
}
