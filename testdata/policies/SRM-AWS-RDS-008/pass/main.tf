variable "log_types" {
  type    = list(string)
}

resource "aws_db_instance" "app" {
  identifier                      = "app"
  engine                          = "postgres"
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 20
  username                        = "app_admin"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

# From a variable: not judged.
resource "aws_rds_cluster" "orders" {
  cluster_identifier              = "orders"
  engine                          = "aurora-mysql"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.log_types
}
