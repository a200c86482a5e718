resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneSend"
      Effect    = "Allow"
      Principal = "*" # expect: SRM-AWS-SQS-002
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
    }]
  })
}

# Inline policy on the queue as a JSON string.
resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = true
  policy                  = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"sqs:ReceiveMessage\",\"sqs:DeleteMessage\"],\"Resource\":\"*\"}]}" # expect: SRM-AWS-SQS-002
}

# Policy built with aws_iam_policy_document.
resource "aws_sqs_queue" "events" {
  name                    = "events"
  sqs_managed_sse_enabled = true
}

data "aws_iam_policy_document" "events" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.events.arn]

    principals {
      type        = "AWS"
      identifiers = ["*"] # expect: SRM-AWS-SQS-002
    }
  }
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = aws_sqs_queue.events.id
  policy    = data.aws_iam_policy_document.events.json
}

# JSON string policy whose Resource is an interpolation: the literal Principal "*" is still read.
resource "aws_sqs_queue" "audit" {
  name                    = "audit"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue_policy" "audit" {
  queue_url = aws_sqs_queue.audit.id
  policy    = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"${aws_sqs_queue.audit.arn}\"}]}" # expect: SRM-AWS-SQS-002
}
