locals {
  a = "${local.b}-a"
  b = "${local.a}-b"
}

resource "aws_s3_bucket" "loop" {
  bucket = local.a
  acl    = "private"
}
