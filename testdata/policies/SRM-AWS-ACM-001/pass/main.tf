variable "ct_logging" {
  type = string
}

resource "aws_acm_certificate" "web" {
  domain_name       = "www.example.com"
  validation_method = "DNS"

  options {
    certificate_transparency_logging_preference = "ENABLED"
  }

  lifecycle {
    create_before_destroy = true
  }
}

# No options block: CT logging is on by default.
resource "aws_acm_certificate" "api" {
  domain_name       = "api.example.com"
  validation_method = "DNS"
}

# Issued by a private CA: never logged publicly, not judged.
resource "aws_acm_certificate" "mesh" {
  domain_name               = "orders.mesh.internal"
  certificate_authority_arn = "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/11111111-2222-3333-4444-555555555555"

  options {
    certificate_transparency_logging_preference = "DISABLED"
  }
}

# From a variable without a default: not judged.
resource "aws_acm_certificate" "configurable" {
  domain_name       = "app.example.com"
  validation_method = "DNS"

  options {
    certificate_transparency_logging_preference = var.ct_logging
  }
}
