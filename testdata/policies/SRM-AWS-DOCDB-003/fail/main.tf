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
  backup_retention_period = 3 # expect: SRM-AWS-DOCDB-003
  preferred_backup_window = "02:00-03:00"
}

# Left out: backups are kept for 1 day.
resource "aws_docdb_cluster" "sessions" { # expect: SRM-AWS-DOCDB-003
  cluster_identifier = "sessions"
  engine             = "docdb"
  master_username    = "sessions_admin"
  master_password    = var.docdb_password
  storage_encrypted  = true
}
