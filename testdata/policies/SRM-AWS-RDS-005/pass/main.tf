variable "iam_auth" {
  type    = bool
}

resource "aws_db_instance" "app" {
  identifier                          = "app"
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  username                            = "app_admin"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier                  = "orders"
  engine                              = "aurora-mysql"
  master_username                     = "orders_admin"
  manage_master_user_password         = true
  iam_database_authentication_enabled = var.iam_auth
}

# Engines without IAM database authentication are not judged.
resource "aws_db_instance" "erp" {
  identifier                  = "erp"
  engine                      = "oracle-ee"
  license_model               = "bring-your-own-license"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  username                    = "erp_admin"
  manage_master_user_password = true
}
