resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  deletion_protection         = false # expect: SRM-AWS-RDS-006
}

# deletion_protection defaults to false.
resource "aws_rds_cluster" "orders" { # expect: SRM-AWS-RDS-006
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "orders_admin"
  manage_master_user_password = true
}
