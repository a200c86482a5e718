variable "snapshot_retention" {
  type = number
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier                  = "analytics"
  database_name                       = "analytics"
  master_username                     = "dwadmin"
  manage_master_password              = true
  node_type                           = "ra3.xlplus"
  cluster_type                        = "multi-node"
  number_of_nodes                     = 2
  encrypted                           = true
  automated_snapshot_retention_period = 14
}

# Decided by a variable: not judged.
resource "aws_redshift_cluster" "configurable" {
  cluster_identifier                  = "configurable"
  master_username                     = "dwadmin"
  manage_master_password              = true
  node_type                           = "ra3.xlplus"
  cluster_type                        = "single-node"
  automated_snapshot_retention_period = var.snapshot_retention
}
