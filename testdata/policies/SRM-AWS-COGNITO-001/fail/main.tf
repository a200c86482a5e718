resource "aws_cognito_user_pool" "customers" {
  name                     = "customers"
  username_attributes      = ["email"]
  auto_verified_attributes = ["email"]
  mfa_configuration        = "OFF" # expect: SRM-AWS-COGNITO-001

  password_policy {
    minimum_length = 16
  }
}

# Left out: MFA defaults to OFF.
resource "aws_cognito_user_pool" "partners" { # expect: SRM-AWS-COGNITO-001
  name                = "partners"
  username_attributes = ["email"]
  deletion_protection = "ACTIVE"

  admin_create_user_config {
    allow_admin_create_user_only = true
  }
}
