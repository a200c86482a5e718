variable "queue_policy" {
  type = string
}

resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = true
}

# "*" restricted to one SNS topic of this account.
resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
      Condition = {
        ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn }
      }
    }]
  })
}

resource "aws_sqs_queue" "events" {
  name                    = "events"
  sqs_managed_sse_enabled = true
}

data "aws_iam_policy_document" "events" {
  statement {
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
    resources = [aws_sqs_queue.events.arn]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:role/consumer"]
    }
  }
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = aws_sqs_queue.events.id
  policy    = data.aws_iam_policy_document.events.json
}

# Policy from a variable: not judged.
resource "aws_sqs_queue" "configurable" {
  name   = "configurable"
  policy = var.queue_policy
}

# Heredoc policy: "*" limited to one SNS topic by an interpolated condition.
resource "aws_sqs_queue" "notifications" {
  name                    = "notifications"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue_policy" "notifications" {
  queue_url = aws_sqs_queue.notifications.id
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "sqs:SendMessage",
      "Resource": "${aws_sqs_queue.notifications.arn}",
      "Condition": {
        "ArnEquals": { "aws:SourceArn": "${aws_sns_topic.orders.arn}" }
      }
    }
  ]
}
POLICY
}
