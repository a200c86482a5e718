variable "rules" {
  type = list(object({
    name     = string
    priority = number
    group    = string
  }))
}

resource "aws_wafv2_web_acl" "regional" {
  name  = "regional"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "aws-common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "regional"
    sampled_requests_enabled   = true
  }
}

# Block by default: nothing gets through without a rule allowing it.
resource "aws_wafv2_web_acl" "allowlist" {
  name  = "allowlist"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "allowlist"
    sampled_requests_enabled   = true
  }
}

# Rules from a variable: not judged.
resource "aws_wafv2_web_acl" "configurable" {
  name  = "configurable"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  dynamic "rule" {
    for_each = var.rules
    content {
      name     = rule.value.name
      priority = rule.value.priority

      override_action {
        none {}
      }

      statement {
        managed_rule_group_statement {
          vendor_name = "AWS"
          name        = rule.value.group
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = rule.value.name
        sampled_requests_enabled   = true
      }
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "configurable"
    sampled_requests_enabled   = true
  }
}
