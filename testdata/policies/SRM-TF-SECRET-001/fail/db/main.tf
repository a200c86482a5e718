variable "password" {
  type      = string
  sensitive = true
}

resource "aws_rds_cluster" "this" {
  cluster_identifier = "db"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = var.password
}
