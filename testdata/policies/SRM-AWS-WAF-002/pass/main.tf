variable "internal" {
  type = bool
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

resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  security_groups            = ["sg-0a1b2c3d4e5f60001"]
  subnets                    = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = aws_wafv2_web_acl.regional.arn
}

# Internal: not judged.
resource "aws_lb" "backend" {
  name               = "backend"
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"]
}

# A Network Load Balancer: WAF does not apply.
resource "aws_lb" "mqtt" {
  name               = "mqtt"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

# Decided by a variable: not judged.
resource "aws_lb" "configurable" {
  name     = "configurable"
  internal = var.internal
  subnets  = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
