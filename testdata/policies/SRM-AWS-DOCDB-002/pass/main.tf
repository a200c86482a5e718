variable "docdb_password" {
  type      = string
  sensitive = true
}

variable "storage_encrypted" {
  type = bool
}

resource "aws_kms_key" "docdb" {
  description         = "DocumentDB storage"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog_admin"
  master_password    = var.docdb_password
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.docdb.arn
}

# Restored from a snapshot: encryption comes from the snapshot.
resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "docdb"
  snapshot_identifier = "catalog-final-2026-11-30"
}

# From a variable without a default: not judged.
resource "aws_docdb_cluster" "configurable" {
  cluster_identifier = "configurable"
  engine             = "docdb"
  master_username    = "app_admin"
  master_password    = var.docdb_password
  storage_encrypted  = var.storage_encrypted
}
