resource "aws_db_instance" "app" { # expect: SRM-AWS-RDS-005
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "legacy" {
  identifier                          = "legacy"
  engine                              = "mysql"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  username                            = "admin"
  manage_master_user_password         = true
  iam_database_authentication_enabled = false # expect: SRM-AWS-RDS-005
}

resource "aws_rds_cluster" "orders" { # expect: SRM-AWS-RDS-005
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}
