resource "aws_kms_key" "dnssec" {
  customer_master_key_spec = "ECC_NIST_P256"
  deletion_window_in_days  = 7
  key_usage                = "SIGN_VERIFY"
}

resource "aws_route53_zone" "primary" {
  name = "example.com"
}

resource "aws_route53_key_signing_key" "primary" {
  hosted_zone_id             = aws_route53_zone.primary.id
  key_management_service_arn = aws_kms_key.dnssec.arn
  name                       = "primary"
}

resource "aws_route53_hosted_zone_dnssec" "primary" {
  depends_on = [aws_route53_key_signing_key.primary]

  hosted_zone_id = aws_route53_zone.primary.id
}

resource "aws_route53_zone" "internal" {
  name = "corp.internal"

  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}

# As in the provider's example: the zone id comes from the key signing key.
resource "aws_route53_zone" "shop" {
  name = "example-shop.com"
}

resource "aws_route53_key_signing_key" "shop" {
  hosted_zone_id             = aws_route53_zone.shop.id
  key_management_service_arn = aws_kms_key.dnssec.arn
  name                       = "shop"
}

resource "aws_route53_hosted_zone_dnssec" "shop" {
  hosted_zone_id = aws_route53_key_signing_key.shop.hosted_zone_id
  signing_status = "SIGNING"
}
