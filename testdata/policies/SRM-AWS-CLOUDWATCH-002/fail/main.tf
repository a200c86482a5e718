resource "aws_cloudwatch_log_group" "payments_api" { # expect: SRM-AWS-CLOUDWATCH-002
  name              = "/payments/api"
  retention_in_days = 400

  tags = {
    data-classification = "restricted"
  }
}
