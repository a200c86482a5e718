variable "env" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-${var.env}-data"
}

# Encrypted through a separate resource that refers to the bucket.
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-${var.env}-logs"
}

resource "aws_ebs_volume" "data" {
  count             = 2
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = false
}

# encrypted and snapshot_id are known after apply in the plan.
resource "aws_ebs_volume" "cache" {
  availability_zone = "eu-west-1a"
  size              = 10
}

module "assets" {
  source   = "./modules/bucket"
  for_each = toset(["images", "docs"])
  name     = "acme-${var.env}-${each.key}"
  acl      = each.key == "docs" ? "public-read" : "private"
}
