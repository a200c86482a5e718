resource "aws_db_subnet_group" "public" {
  name       = "public"
  subnet_ids = ["subnet-0a1b2c3d4e5f67890", "subnet-0f1e2d3c4b5a69780"]
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "reporting"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.public.name
  publicly_accessible         = true # expect: SRM-AWS-RDS-001
  storage_encrypted           = true
}

resource "aws_rds_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.public.name
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "app_writer" {
  identifier          = "app-writer"
  cluster_identifier  = aws_rds_cluster.app.id
  engine              = aws_rds_cluster.app.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = true # expect: SRM-AWS-RDS-001
}
