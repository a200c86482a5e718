variable "allow_upgrades" {
  type    = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "admin"
  manage_master_password       = true
  allow_version_upgrade        = true
  preferred_maintenance_window = "sun:03:00-sun:04:00"
}

# Default true.
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
  allow_version_upgrade  = var.allow_upgrades
}
