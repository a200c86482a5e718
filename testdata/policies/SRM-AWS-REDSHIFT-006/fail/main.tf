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
  enhanced_vpc_routing      = false # expect: SRM-AWS-REDSHIFT-006
  cluster_subnet_group_name = "analytics-private"
}

resource "aws_redshift_cluster" "reporting" { # expect: SRM-AWS-REDSHIFT-006
  cluster_identifier     = "reporting"
  database_name          = "reporting"
  master_username        = "dwadmin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
  publicly_accessible    = false
}
