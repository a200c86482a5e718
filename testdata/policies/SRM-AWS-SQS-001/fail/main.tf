# SSE explicitly disabled and no KMS key.
resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = false # expect: SRM-AWS-SQS-001
}

# Neither SSE-SQS nor a KMS key is declared.
resource "aws_sqs_queue" "events" { # expect: SRM-AWS-SQS-001
  name                      = "events"
  message_retention_seconds = 86400
}
