# MFA optional: the password may be the only factor.
resource "aws_cognito_user_pool" "customers" {
  name                = "customers"
  username_attributes = ["email"]
  mfa_configuration   = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }

  password_policy {
    minimum_length                   = 10 # expect: SRM-AWS-COGNITO-003
    require_lowercase                = true
    require_numbers                  = true
    require_symbols                  = true
    require_uppercase                = true
    temporary_password_validity_days = 3
  }
}

# Left out: no MFA and Cognito's default minimum of 8 characters.
resource "aws_cognito_user_pool" "partners" { # expect: SRM-AWS-COGNITO-003
  name                = "partners"
  username_attributes = ["email"]
}

# MFA required, but 6-character passwords are still too short.
resource "aws_cognito_user_pool" "staff" {
  name                = "staff"
  username_attributes = ["email"]
  mfa_configuration   = "ON"

  software_token_mfa_configuration {
    enabled = true
  }

  password_policy {
    minimum_length = 6 # expect: SRM-AWS-COGNITO-003
  }
}
