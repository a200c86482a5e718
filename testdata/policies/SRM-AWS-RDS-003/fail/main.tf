resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 0 # expect: SRM-AWS-RDS-003
}

resource "aws_db_instance" "legacy" { # expect: SRM-AWS-RDS-003
  identifier                  = "legacy"
  engine                      = "mysql"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "legacy"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 3 # expect: SRM-AWS-RDS-003
  preferred_backup_window     = "02:00-03:00"
}

resource "aws_rds_cluster" "events" { # expect: SRM-AWS-RDS-003
  cluster_identifier          = "events"
  engine                      = "aurora-mysql"
  master_username             = "events"
  manage_master_user_password = true
  storage_encrypted           = true
}
