# Linted as a root with its defaults, this bucket would be public: it is only
# called (with acl = "private"), so it is not a root.
variable "acl" {
  type    = string
  default = "public-read"
}

resource "aws_s3_bucket" "shared" {
  bucket = "shared"
  acl    = var.acl
}

output "encrypt_volumes" {
  value = false
}

output "site_acl" {
  value = "public-${var.acl == "private" ? "read" : "none"}"
}
