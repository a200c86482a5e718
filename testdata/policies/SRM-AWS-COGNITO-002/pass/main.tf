variable "advanced_security_mode" {
  type = string
}

resource "aws_cognito_user_pool" "customers" {
  name                = "customers"
  username_attributes = ["email"]
  mfa_configuration   = "OPTIONAL"
  user_pool_tier      = "PLUS"

  software_token_mfa_configuration {
    enabled = true
  }

  user_pool_add_ons {
    advanced_security_mode = "ENFORCED"
  }
}

# From a variable without a default: not judged.
resource "aws_cognito_user_pool" "configurable" {
  name              = "configurable"
  mfa_configuration = "ON"
  user_pool_tier    = "PLUS"

  software_token_mfa_configuration {
    enabled = true
  }

  user_pool_add_ons {
    advanced_security_mode = var.advanced_security_mode
  }
}
