# No require_ssl parameter: the redshift-1.0 default (false) applies.
resource "aws_redshift_parameter_group" "default_ssl" { # expect: SRM-AWS-REDSHIFT-004
  name   = "default-ssl"
  family = "redshift-1.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_parameter_group" "plaintext" {
  name   = "plaintext"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "false" # expect: SRM-AWS-REDSHIFT-004
  }
}
