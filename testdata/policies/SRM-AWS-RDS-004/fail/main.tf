resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  auto_minor_version_upgrade  = false # expect: SRM-AWS-RDS-004
}
