resource "aws_db_instance" "app" { # expect: SRM-AWS-RDS-007
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster_instance" "orders" {
  identifier          = "orders-1"
  cluster_identifier  = "orders"
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  monitoring_interval = 0 # expect: SRM-AWS-RDS-007
}
