variable "postgres_version" {
  type = string
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  engine_version              = "17.2"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "billing_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "wordpress" {
  identifier                  = "wordpress"
  engine                      = "mysql"
  engine_version              = "8.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "wp_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# No engine_version: RDS picks its current default version.
resource "aws_db_instance" "reports" {
  identifier                  = "reports"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "reports_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  engine_version              = "8.0.mysql_aurora.3.08.0"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# No calendar for commercial engines here.
resource "aws_db_instance" "erp" {
  identifier        = "erp"
  engine            = "oracle-se2"
  engine_version    = "19"
  license_model     = "license-included"
  instance_class    = "db.m7i.large"
  allocated_storage = 200
  username          = "erp_admin"
  storage_encrypted = true
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.19"

  cluster_config {
    instance_type = "r6g.large.search"
  }
}

resource "aws_elasticsearch_domain" "legacy_search" {
  domain_name           = "legacy-search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type = "m5.large.elasticsearch"
  }
}

# From a variable without a default: not judged.
resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "postgres"
  engine_version              = var.postgres_version
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}
