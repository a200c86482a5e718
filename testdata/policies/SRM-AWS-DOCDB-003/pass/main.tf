variable "docdb_password" {
  type      = string
  sensitive = true
}

variable "backup_retention_days" {
  type = number
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier      = "catalog"
  engine                  = "docdb"
  master_username         = "catalog_admin"
  master_password         = var.docdb_password
  storage_encrypted       = true
  backup_retention_period = 14
  preferred_backup_window = "02:00-03:00"
}

# From a variable without a default: not judged.
resource "aws_docdb_cluster" "configurable" {
  cluster_identifier      = "configurable"
  engine                  = "docdb"
  master_username         = "app_admin"
  master_password         = var.docdb_password
  storage_encrypted       = true
  backup_retention_period = var.backup_retention_days
}
