variable "security_policy" {
  type = string
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# Decided by a variable: not judged.
resource "aws_api_gateway_domain_name" "configurable" {
  domain_name              = "partner-api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
  security_policy          = var.security_policy

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
