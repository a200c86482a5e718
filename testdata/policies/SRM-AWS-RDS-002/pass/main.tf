variable "encrypt_storage" {
  type    = bool
  default = true
}

resource "aws_kms_key" "rds" {
  description         = "RDS storage"
  enable_key_rotation = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
}

# A read replica inherits the source's encryption.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m6g.large"
}

# Decided by a variable: not judged.
resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = var.encrypt_storage
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "dev" {
  cluster_identifier          = "dev"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "dev"
  manage_master_user_password = true

  scaling_configuration {
    min_capacity = 1
    max_capacity = 4
  }
}
