variable "require_ssl" {
  type    = string
}

resource "aws_redshift_parameter_group" "tls" {
  name   = "tls"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

# From a variable: not judged.
resource "aws_redshift_parameter_group" "configurable" {
  name   = "configurable"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = var.require_ssl
  }
}
