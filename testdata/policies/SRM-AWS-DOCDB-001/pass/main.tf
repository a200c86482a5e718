variable "docdb_password" {
  type      = string
  sensitive = true
}

variable "log_exports" {
  type = list(string)
}

resource "aws_docdb_cluster_parameter_group" "audit" {
  family = "docdb5.0"
  name   = "audit"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  engine                          = "docdb"
  master_username                 = "catalog_admin"
  master_password                 = var.docdb_password
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit.name
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

# From a variable without a default: not judged.
resource "aws_docdb_cluster" "configurable" {
  cluster_identifier              = "configurable"
  engine                          = "docdb"
  master_username                 = "app_admin"
  master_password                 = var.docdb_password
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_exports
}
