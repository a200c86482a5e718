resource "aws_route53_zone" "primary" { # expect: SRM-AWS-ROUTE53-002
  name = "example.com"
}

resource "aws_route53_zone" "shop" {
  name = "example-shop.com"
}

resource "aws_route53_key_signing_key" "shop" {
  hosted_zone_id             = aws_route53_zone.shop.id
  key_management_service_arn = "arn:aws:kms:us-east-1:111122223333:key/11111111-2222-3333-4444-555555555555"
  name                       = "shop"
}

resource "aws_route53_hosted_zone_dnssec" "shop" {
  hosted_zone_id = aws_route53_key_signing_key.shop.hosted_zone_id
  signing_status = "NOT_SIGNING" # expect: SRM-AWS-ROUTE53-002
}

# Private zone: cannot be signed, not judged.
resource "aws_route53_zone" "internal" {
  name = "corp.internal"

  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
