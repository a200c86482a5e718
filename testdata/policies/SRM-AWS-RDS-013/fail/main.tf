resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  engine_version              = "13.15" # expect: SRM-AWS-RDS-013
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "billing_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "wordpress" {
  identifier                  = "wordpress"
  engine                      = "mysql"
  engine_version              = "5.7.44" # expect: SRM-AWS-RDS-013
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "wp_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  engine_version              = "5.7.mysql_aurora.2.11.2" # expect: SRM-AWS-RDS-013
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_1.2" # expect: SRM-AWS-RDS-013

  cluster_config {
    instance_type = "r6g.large.search"
  }
}

# No elasticsearch_version: the provider default is Elasticsearch 1.5.
resource "aws_elasticsearch_domain" "legacy_search" { # expect: SRM-AWS-RDS-013
  domain_name = "legacy-search"

  cluster_config {
    instance_type = "m5.large.elasticsearch"
  }
}
