variable "docdb_password" {
  type      = string
  sensitive = true
}

# Only the profiler log is exported.
resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  engine                          = "docdb"
  master_username                 = "catalog_admin"
  master_password                 = var.docdb_password
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["profiler"] # expect: SRM-AWS-DOCDB-001
}

# Left out: no log is exported.
resource "aws_docdb_cluster" "sessions" { # expect: SRM-AWS-DOCDB-001
  cluster_identifier = "sessions"
  engine             = "docdb"
  master_username    = "sessions_admin"
  master_password    = var.docdb_password
  storage_encrypted  = true
}
