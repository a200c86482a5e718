# Only require_ssl: user activity logging keeps its default (false).
resource "aws_redshift_parameter_group" "analytics" { # expect: SRM-AWS-REDSHIFT-009
  name   = "analytics"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }
}

resource "aws_redshift_parameter_group" "reporting" {
  name   = "reporting"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "false" # expect: SRM-AWS-REDSHIFT-009
  }
}
