resource "aws_acm_certificate" "legacy_devices" {
  domain_name       = "devices.example.com"
  validation_method = "DNS"
  key_algorithm     = "RSA_1024" # expect: SRM-AWS-ACM-002
}

data "aws_acm_certificate" "partner_portal" {
  domain      = "partners.example.com"
  statuses    = ["ISSUED"]
  types       = ["IMPORTED"]
  key_types   = ["RSA_1024", "RSA_2048"] # expect: SRM-AWS-ACM-002
  most_recent = true
}
