variable "auto_upgrade" {
  type    = bool
}

# Default true.
resource "aws_rds_cluster_instance" "orders" {
  identifier         = "orders-1"
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster_instance" "orders_2" {
  identifier                 = "orders-2"
  cluster_identifier         = "orders"
  engine                     = "aurora-postgresql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = var.auto_upgrade
}
