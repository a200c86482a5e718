resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = false # expect: SRM-AWS-RDS-002
}

resource "aws_db_instance" "legacy" { # expect: SRM-AWS-RDS-002
  identifier                  = "legacy"
  engine                      = "mysql"
  engine_version              = "8.0"
  instance_class              = "db.t3.medium"
  allocated_storage           = 20
  username                    = "legacy"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "analytics" { # expect: SRM-AWS-RDS-002
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  engine_mode                 = "provisioned"
  master_username             = "analytics"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "events" {
  cluster_identifier          = "events"
  engine                      = "aurora-mysql"
  master_username             = "events"
  manage_master_user_password = true
  storage_encrypted           = false # expect: SRM-AWS-RDS-002
}
