resource "aws_route53_zone" "primary" { # expect: SRM-AWS-ROUTE53-001
  name    = "example.com"
  comment = "Public zone for example.com"
}

resource "aws_route53_zone" "marketing" {
  name = "example.net"
}

resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example.net"
  retention_in_days = 365
}

resource "aws_route53_query_log" "marketing" {
  zone_id                  = aws_route53_zone.marketing.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
}

# Private zone: logged through Resolver query logging, not judged.
resource "aws_route53_zone" "internal" {
  name = "corp.internal"

  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
