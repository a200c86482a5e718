variable "docdb_password" {
  type      = string
  sensitive = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier      = "catalog"
  engine                  = "docdb"
  master_username         = "catalog_admin"
  master_password         = var.docdb_password
  backup_retention_period = 7
  storage_encrypted       = false # expect: SRM-AWS-DOCDB-002
}

# Left out: storage_encrypted defaults to false.
resource "aws_docdb_cluster" "sessions" { # expect: SRM-AWS-DOCDB-002
  cluster_identifier      = "sessions"
  engine                  = "docdb"
  master_username         = "sessions_admin"
  master_password         = var.docdb_password
  backup_retention_period = 7
}
