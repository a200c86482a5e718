variable "warehouse_encrypted" {
  type    = bool
}

resource "aws_kms_key" "redshift" {
  description         = "Redshift"
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = aws_kms_key.redshift.arn
}

# encrypted defaults to true (AWS provider v5.98+ and the Redshift API).
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
  encrypted              = var.warehouse_encrypted
}
