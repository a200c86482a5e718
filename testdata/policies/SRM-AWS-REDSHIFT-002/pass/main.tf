variable "warehouse_public" {
  type    = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier        = "warehouse"
  node_type                 = "ra3.xlplus"
  number_of_nodes           = 2
  master_username           = "admin"
  manage_master_password    = true
  publicly_accessible       = false
  cluster_subnet_group_name = "private-data"
}

# Private by default with AWS provider v6.
resource "aws_redshift_cluster" "reporting" {
  cluster_identifier     = "reporting"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

# From a variable: not judged.
resource "aws_redshift_cluster" "configurable" {
  cluster_identifier     = "configurable"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  publicly_accessible    = var.warehouse_public
}
