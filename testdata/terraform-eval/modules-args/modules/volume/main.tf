variable "name" {
  type = string
}

variable "encrypt" {
  type    = bool
  default = true
}

locals {
  encrypted = var.encrypt
}

resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = local.encrypted
  tags              = { Name = var.name }
}
