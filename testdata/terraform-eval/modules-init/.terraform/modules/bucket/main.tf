variable "acl" {
  type    = string
  default = null
}

resource "aws_s3_bucket" "this" {
  bucket = "copied"
}

module "acl" {
  source = "./modules/acl"
  bucket = aws_s3_bucket.this.id
  acl    = var.acl
}
