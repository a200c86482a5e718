variable "docdb_password" {
  type      = string
  sensitive = true
}

variable "deletion_protection" {
  type = bool
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier        = "catalog"
  engine                    = "docdb"
  master_username           = "catalog_admin"
  master_password           = var.docdb_password
  storage_encrypted         = true
  backup_retention_period   = 7
  deletion_protection       = true
  final_snapshot_identifier = "catalog-final"
}

# From a variable without a default: not judged.
resource "aws_docdb_cluster" "configurable" {
  cluster_identifier      = "configurable"
  engine                  = "docdb"
  master_username         = "app_admin"
  master_password         = var.docdb_password
  storage_encrypted       = true
  backup_retention_period = 7
  deletion_protection     = var.deletion_protection
}
