variable "endpoint_types" {
  type = list(string)
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

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"
}

resource "aws_wafv2_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.regional.arn
}

# A private API, reachable only through interface VPC endpoints: not judged.
resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_deployment" "internal" {
  rest_api_id = aws_api_gateway_rest_api.internal.id
}

resource "aws_api_gateway_stage" "internal" {
  rest_api_id   = aws_api_gateway_rest_api.internal.id
  deployment_id = aws_api_gateway_deployment.internal.id
  stage_name    = "internal"
}

# Endpoint type from a variable: not judged.
resource "aws_api_gateway_rest_api" "configurable" {
  name = "configurable"

  endpoint_configuration {
    types = var.endpoint_types
  }
}

resource "aws_api_gateway_deployment" "configurable" {
  rest_api_id = aws_api_gateway_rest_api.configurable.id
}

resource "aws_api_gateway_stage" "configurable" {
  rest_api_id   = aws_api_gateway_rest_api.configurable.id
  deployment_id = aws_api_gateway_deployment.configurable.id
  stage_name    = "configurable"
}
