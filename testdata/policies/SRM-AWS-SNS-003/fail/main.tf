resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_subscription" "pager" {
  topic_arn              = aws_sns_topic.alerts.arn
  protocol               = "http" # expect: SRM-AWS-SNS-003
  endpoint               = "http://pager.internal.example.com/sns"
  endpoint_auto_confirms = true
}
