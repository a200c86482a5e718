resource "aws_route53_zone" "primary" {
  name = "example.com"
}

resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example.com"
  retention_in_days = 365
}

data "aws_iam_policy_document" "route53_query_logging" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["arn:aws:logs:*:*:log-group:/aws/route53/*"]

    principals {
      type        = "Service"
      identifiers = ["route53.amazonaws.com"]
    }
  }
}

resource "aws_cloudwatch_log_resource_policy" "route53_query_logging" {
  policy_name     = "route53-query-logging"
  policy_document = data.aws_iam_policy_document.route53_query_logging.json
}

resource "aws_route53_query_log" "primary" {
  zone_id                  = aws_route53_zone.primary.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn

  depends_on = [aws_cloudwatch_log_resource_policy.route53_query_logging]
}

resource "aws_route53_zone" "internal" {
  name = "corp.internal"

  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
