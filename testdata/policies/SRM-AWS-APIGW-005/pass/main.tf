variable "cache_data_encrypted" {
  type = bool
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    metrics_enabled      = true
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

# No caching: nothing to encrypt.
resource "aws_api_gateway_method_settings" "orders" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "orders/POST"

  settings {
    metrics_enabled = true
    logging_level   = "INFO"
  }
}

# Decided by a variable: not judged.
resource "aws_api_gateway_method_settings" "catalog" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "catalog/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = var.cache_data_encrypted
  }
}
