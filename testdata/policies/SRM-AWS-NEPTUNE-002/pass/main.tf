variable "storage_encrypted" {
  type = bool
}

resource "aws_kms_key" "neptune" {
  description         = "Neptune storage"
  enable_key_rotation = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  storage_encrypted                   = true
  kms_key_arn                         = aws_kms_key.neptune.arn
  iam_database_authentication_enabled = true
}

# Restored from a snapshot: encryption comes from the snapshot.
resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "neptune"
  snapshot_identifier = "graph-final-2026-11-30"
}

# From a variable without a default: not judged.
resource "aws_neptune_cluster" "configurable" {
  cluster_identifier = "configurable"
  engine             = "neptune"
  storage_encrypted  = var.storage_encrypted
}
