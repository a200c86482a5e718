variable "backup_retention_days" {
  type    = number
  default = 14
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  backup_window               = "02:00-03:00"
}

# A read replica relies on the source's backups.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m6g.large"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 35
}

# Decided by a variable: not judged.
resource "aws_rds_cluster" "events" {
  cluster_identifier          = "events"
  engine                      = "aurora-mysql"
  master_username             = "events"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = var.backup_retention_days
}
