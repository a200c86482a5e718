variable "protocol" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
  signature_version = 2
}

resource "aws_sns_topic_subscription" "pager" {
  topic_arn              = aws_sns_topic.alerts.arn
  protocol               = "https"
  endpoint               = "https://pager.example.com/sns"
  endpoint_auto_confirms = true
}

resource "aws_sqs_queue" "alerts" {
  name                    = "alerts"
  sqs_managed_sse_enabled = true
}

resource "aws_sns_topic_subscription" "queue" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.alerts.arn
}

# Decided by a variable: not judged.
resource "aws_sns_topic_subscription" "configurable" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = var.protocol
  endpoint  = "https://hooks.example.com/sns"
}
