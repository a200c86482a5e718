variable "user_activity_logging" {
  type = string
}

variable "parameters" {
  type = map(string)
}

resource "aws_redshift_parameter_group" "analytics" {
  name   = "analytics"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

# Decided by a variable: not judged.
resource "aws_redshift_parameter_group" "configurable" {
  name   = "configurable"
  family = "redshift-2.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = var.user_activity_logging
  }
}

# Parameters from a map: not judged.
resource "aws_redshift_parameter_group" "dynamic" {
  name   = "dynamic"
  family = "redshift-2.0"

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}
