variable "docdb_password" {
  type      = string
  sensitive = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier      = "catalog"
  engine                  = "docdb"
  master_username         = "catalog_admin"
  master_password         = var.docdb_password
  storage_encrypted       = true
  backup_retention_period = 7
  deletion_protection     = false # expect: SRM-AWS-DOCDB-004
  skip_final_snapshot     = true
}

# Left out: deletion protection defaults to off.
resource "aws_docdb_cluster" "sessions" { # expect: SRM-AWS-DOCDB-004
  cluster_identifier      = "sessions"
  engine                  = "docdb"
  master_username         = "sessions_admin"
  master_password         = var.docdb_password
  storage_encrypted       = true
  backup_retention_period = 7
}
