variable "deletion_protection" {
  type    = bool
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  deletion_protection         = true
}

# From a variable: not judged.
resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "orders_admin"
  manage_master_user_password = true
  deletion_protection         = var.deletion_protection
}
