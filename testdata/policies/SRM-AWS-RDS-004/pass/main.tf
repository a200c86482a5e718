variable "auto_minor_version_upgrade" {
  type    = bool
  default = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  auto_minor_version_upgrade  = true
  maintenance_window          = "sun:03:00-sun:04:00"
}

# Omitted: enabled by default.
resource "aws_db_instance" "audit" {
  identifier                  = "audit"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "audit"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Decided by a variable: not judged.
resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "mariadb"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  auto_minor_version_upgrade  = var.auto_minor_version_upgrade
}
