variable "publicly_accessible" {
  type    = bool
  default = false
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "app"
  manage_master_user_password = true
  publicly_accessible         = false
  storage_encrypted           = true
}

# Omitted: private by default.
resource "aws_db_instance" "audit" {
  identifier                  = "audit"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "audit"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Decided by a variable: not judged.
resource "aws_rds_cluster_instance" "app_reader" {
  identifier          = "app-reader"
  cluster_identifier  = aws_rds_cluster.app.id
  engine              = aws_rds_cluster.app.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = var.publicly_accessible
}
