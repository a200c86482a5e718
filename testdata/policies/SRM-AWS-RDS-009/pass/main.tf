variable "copy_tags" {
  type    = bool
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  copy_tags_to_snapshot       = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  master_username             = "orders_admin"
  manage_master_user_password = true
  copy_tags_to_snapshot       = var.copy_tags
}
