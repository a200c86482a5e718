# Encrypted with the AWS managed key aws/rds.
resource "aws_db_instance" "patients" { # expect: SRM-AWS-RDS-011
  identifier                  = "patients"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  storage_encrypted           = true

  tags = {
    data-classification = "restricted"
  }
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier          = "payments"
  engine                      = "aurora-postgresql"
  master_username             = "payments_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = "arn:aws:kms:eu-west-1:111122223333:alias/aws/rds" # expect: SRM-AWS-RDS-011

  tags = {
    DataClassification = "Confidential"
  }
}
