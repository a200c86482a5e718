variable "acl" {
  type    = string
  default = "public-read"
}

resource "aws_s3_bucket" "this" {
  bucket = "assets"
  acl    = var.acl
}
