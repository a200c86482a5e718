variable "rds_kms_key_arn" {
  type = string
}

resource "aws_kms_key" "rds" {
  description         = "RDS"
  enable_key_rotation = true
}

resource "aws_db_instance" "patients" {
  identifier                  = "patients"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn

  tags = {
    data-classification = "restricted"
  }
}

# Key from a variable: not judged.
resource "aws_rds_cluster" "payments" {
  cluster_identifier          = "payments"
  engine                      = "aurora-postgresql"
  master_username             = "payments_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = var.rds_kms_key_arn

  tags = {
    DataClassification = "confidential"
  }
}

# Internal data: the AWS managed key is acceptable.
resource "aws_db_instance" "wiki" {
  identifier                  = "wiki"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "wiki_admin"
  manage_master_user_password = true
  storage_encrypted           = true

  tags = {
    data-classification = "internal"
  }
}
