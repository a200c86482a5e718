resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sns_topic_policy" "orders" {
  arn = aws_sns_topic.orders.arn

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyonePublish"
      Effect    = "Allow"
      Principal = "*" # expect: SRM-AWS-SNS-002
      Action    = "SNS:Publish"
      Resource  = aws_sns_topic.orders.arn
    }]
  })
}

# Inline policy on the topic as a JSON string.
resource "aws_sns_topic" "alerts" {
  name   = "alerts"
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"SNS:Subscribe\",\"SNS:Receive\"],\"Resource\":\"*\"}]}" # expect: SRM-AWS-SNS-002
}

# Policy built with aws_iam_policy_document.
resource "aws_sns_topic" "events" {
  name = "events"
}

data "aws_iam_policy_document" "events" {
  statement {
    actions   = ["SNS:Publish"]
    resources = [aws_sns_topic.events.arn]

    principals {
      type        = "AWS"
      identifiers = ["*"] # expect: SRM-AWS-SNS-002
    }
  }
}

resource "aws_sns_topic_policy" "events" {
  arn    = aws_sns_topic.events.arn
  policy = data.aws_iam_policy_document.events.json
}
