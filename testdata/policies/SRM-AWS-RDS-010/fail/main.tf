resource "aws_rds_cluster_instance" "orders" {
  identifier                 = "orders-1"
  cluster_identifier         = "orders"
  engine                     = "aurora-postgresql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = false # expect: SRM-AWS-RDS-010
}

# Multi-AZ DB cluster.
resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "ledger_admin"
  manage_master_user_password = true
  auto_minor_version_upgrade  = false # expect: SRM-AWS-RDS-010
}
