locals {
  name_prefix = "${local.team}-${var.environment}"
  team        = "payments"
  buckets = {
    reports = "private"
    website = var.bucket_acl
  }
}

resource "aws_s3_bucket" "site" {
  bucket = "${local.name_prefix}-site"
  acl    = var.bucket_acl
}

resource "aws_s3_bucket" "by_key" {
  for_each = local.buckets
  bucket   = "${local.name_prefix}-${each.key}"
  acl      = each.value
}

resource "aws_ebs_volume" "data" {
  count             = var.replicas
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypt_volumes
}

resource "aws_ebs_volume" "scratch" {
  count             = var.environment == "prod" ? 1 : 0
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}

resource "aws_security_group" "admin" {
  name = "${local.name_prefix}-admin"

  dynamic "ingress" {
    for_each = var.admin_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

resource "aws_db_instance" "orders" {
  identifier          = "${local.name_prefix}-orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  publicly_accessible = var.public_db
  storage_encrypted   = true
}
