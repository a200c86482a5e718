resource "aws_db_instance" "app" { # expect: SRM-AWS-RDS-008
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier              = "orders"
  engine                          = "aurora-mysql"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = [] # expect: SRM-AWS-RDS-008
}
