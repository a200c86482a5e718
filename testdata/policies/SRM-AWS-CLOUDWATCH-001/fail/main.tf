resource "aws_cloudwatch_log_group" "app" {
  name              = "/acme/app"
  retention_in_days = 30 # expect: SRM-AWS-CLOUDWATCH-001
}

resource "aws_cloudwatch_log_group" "audit" {
  name              = "/acme/audit"
  retention_in_days = 180 # expect: SRM-AWS-CLOUDWATCH-001
}
