resource "aws_sns_topic" "orders" { # expect: SRM-AWS-SNS-001
  name = "orders"
}
