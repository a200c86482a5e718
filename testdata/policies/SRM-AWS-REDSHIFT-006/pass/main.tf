variable "enhanced_vpc_routing" {
  type = bool
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier        = "analytics"
  database_name             = "analytics"
  master_username           = "dwadmin"
  manage_master_password    = true
  node_type                 = "ra3.xlplus"
  cluster_type              = "multi-node"
  number_of_nodes           = 2
  encrypted                 = true
  publicly_accessible       = false
  enhanced_vpc_routing      = true
  cluster_subnet_group_name = "analytics-private"
}

# Decided by a variable: not judged.
resource "aws_redshift_cluster" "configurable" {
  cluster_identifier     = "configurable"
  master_username        = "dwadmin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  enhanced_vpc_routing   = var.enhanced_vpc_routing
}
