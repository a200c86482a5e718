variable "name" {
  type = string
}

data "aws_kms_key" "main" {
  key_id = "alias/main"
}

resource "aws_s3_bucket" "b" {
  bucket = var.name
  acl    = "private"
}

resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = data.aws_kms_key.main.arn
  depends_on        = [aws_s3_bucket.b]
}

resource "aws_s3_bucket" "each" {
  for_each = var.buckets
  bucket   = each.key
}

variable "buckets" {
  type = set(string)
}
