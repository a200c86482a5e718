resource "aws_api_gateway_domain_name" "legacy" {
  domain_name              = "legacy-api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
  security_policy          = "TLS_1_0" # expect: SRM-AWS-APIGW-004

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "default" { # expect: SRM-AWS-APIGW-004
  domain_name     = "api.example.com"
  certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/6d5c4b3a-2f1e-0d9c-8b7a-6f5e4d3c2b1a"
}
