variable "enable_key_rotation" {
  type    = bool
  default = true
}

resource "aws_kms_key" "app" {
  description             = "Application data"
  enable_key_rotation     = true
  rotation_period_in_days = 365
}

# From a variable: not judged.
resource "aws_kms_key" "configurable" {
  description         = "Configurable"
  enable_key_rotation = var.enable_key_rotation
}

# Asymmetric and HMAC keys cannot rotate automatically.
resource "aws_kms_key" "signing" {
  description              = "Code signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "mac" {
  description              = "Webhook MACs"
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}
