resource "aws_acm_certificate" "internal_tools" {
  domain_name               = "tools.example.com"
  subject_alternative_names = ["grafana.tools.example.com", "vault.tools.example.com"]
  validation_method         = "DNS"

  options {
    certificate_transparency_logging_preference = "DISABLED" # expect: SRM-AWS-ACM-001
  }

  lifecycle {
    create_before_destroy = true
  }
}
