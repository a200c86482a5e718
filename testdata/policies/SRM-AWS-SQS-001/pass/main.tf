variable "sse_enabled" {
  type    = bool
  default = true
}

resource "aws_kms_key" "queues" {
  description         = "SQS queues"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "orders" {
  name                              = "orders"
  kms_master_key_id                 = aws_kms_key.queues.arn
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "events" {
  name                    = "events"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "aws_managed_key" {
  name              = "aws-managed-key"
  kms_master_key_id = "alias/aws/sqs"
}

# From a variable: not judged.
resource "aws_sqs_queue" "configurable" {
  name                    = "configurable"
  sqs_managed_sse_enabled = var.sse_enabled
}
