resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    metrics_enabled      = true
    caching_enabled      = true
    cache_data_encrypted = false # expect: SRM-AWS-APIGW-005
  }
}

resource "aws_api_gateway_method_settings" "catalog" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "catalog/GET"

  settings { # expect: SRM-AWS-APIGW-005
    caching_enabled      = true
    cache_ttl_in_seconds = 300
  }
}
