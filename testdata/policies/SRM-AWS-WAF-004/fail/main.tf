resource "aws_wafv2_web_acl" "placeholder" { # expect: SRM-AWS-WAF-004
  name        = "placeholder"
  description = "Rules to be added later"
  scope       = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "placeholder"
    sampled_requests_enabled   = true
  }
}
