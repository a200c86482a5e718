variable "mfa_mode" {
  type = string
}

resource "aws_cognito_user_pool" "staff" {
  name                = "staff"
  username_attributes = ["email"]
  mfa_configuration   = "ON"

  software_token_mfa_configuration {
    enabled = true
  }
}

resource "aws_cognito_user_pool" "customers" {
  name                = "customers"
  username_attributes = ["email"]
  mfa_configuration   = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }
}

# Passkeys and email codes only: no password to protect.
resource "aws_cognito_user_pool" "passwordless" {
  name                = "passwordless"
  username_attributes = ["email"]
  user_pool_tier      = "ESSENTIALS"

  sign_in_policy {
    allowed_first_auth_factors = ["WEB_AUTHN", "EMAIL_OTP"]
  }

  web_authn_configuration {
    relying_party_id  = "auth.example.com"
    user_verification = "required"
  }
}

# From a variable without a default: not judged.
resource "aws_cognito_user_pool" "configurable" {
  name              = "configurable"
  mfa_configuration = var.mfa_mode

  software_token_mfa_configuration {
    enabled = true
  }
}
