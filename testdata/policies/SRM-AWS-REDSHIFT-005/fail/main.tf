resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  allow_version_upgrade  = false # expect: SRM-AWS-REDSHIFT-005
}
