variable "encrypt" {
  type = bool
}

resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypt
}
