resource "aws_cognito_user_pool" "customers" {
  name                = "customers"
  username_attributes = ["email"]
  mfa_configuration   = "OPTIONAL"
  user_pool_tier      = "PLUS"

  software_token_mfa_configuration {
    enabled = true
  }

  user_pool_add_ons {
    advanced_security_mode = "AUDIT" # expect: SRM-AWS-COGNITO-002
  }
}

# Left out: no user_pool_add_ons, threat protection is off.
resource "aws_cognito_user_pool" "partners" { # expect: SRM-AWS-COGNITO-002
  name                = "partners"
  username_attributes = ["email"]
  mfa_configuration   = "ON"

  software_token_mfa_configuration {
    enabled = true
  }
}
