variable "key_algorithm" {
  type = string
}

resource "aws_acm_certificate" "web" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
  key_algorithm     = "EC_prime256v1"
}

# Default: RSA 2048.
resource "aws_acm_certificate" "api" {
  domain_name       = "api.example.com"
  validation_method = "DNS"
}

data "aws_acm_certificate" "partner_portal" {
  domain      = "partners.example.com"
  statuses    = ["ISSUED"]
  key_types   = ["RSA_2048", "EC_prime256v1"]
  most_recent = true
}

# From a variable without a default: not judged.
resource "aws_acm_certificate" "configurable" {
  domain_name       = "app.example.com"
  validation_method = "DNS"
  key_algorithm     = var.key_algorithm
}
