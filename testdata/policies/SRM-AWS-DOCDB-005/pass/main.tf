variable "tls_mode" {
  type = string
}

resource "aws_docdb_cluster_parameter_group" "strict" {
  family = "docdb5.0"
  name   = "strict"

  parameter {
    name  = "tls"
    value = "tls1.2+"
  }
}

# No tls parameter: TLS stays enabled (the family default).
resource "aws_docdb_cluster_parameter_group" "audit" {
  family = "docdb5.0"
  name   = "audit"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

# From a variable without a default: not judged.
resource "aws_docdb_cluster_parameter_group" "configurable" {
  family = "docdb5.0"
  name   = "configurable"

  parameter {
    name  = "tls"
    value = var.tls_mode
  }
}
