variable "password_min_length" {
  type = number
}

resource "aws_cognito_user_pool" "customers" {
  name                = "customers"
  username_attributes = ["email"]
  mfa_configuration   = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }

  password_policy {
    minimum_length                   = 15
    temporary_password_validity_days = 3
  }
}

# MFA required: Cognito's default of 8 characters is enough.
resource "aws_cognito_user_pool" "staff" {
  name                = "staff"
  username_attributes = ["email"]
  mfa_configuration   = "ON"

  software_token_mfa_configuration {
    enabled = true
  }
}

# Passkeys only: no password is accepted.
resource "aws_cognito_user_pool" "passwordless" {
  name                = "passwordless"
  username_attributes = ["email"]

  sign_in_policy {
    allowed_first_auth_factors = ["WEB_AUTHN"]
  }
}

# From a variable without a default: not judged.
resource "aws_cognito_user_pool" "configurable" {
  name                = "configurable"
  username_attributes = ["email"]

  password_policy {
    minimum_length = var.password_min_length
  }
}
