variable "encrypt" {
  type = bool
}

# srm-lint:ignore SRM-AWS-EC2-002 reason="scratch space, wiped on every run"
resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypt
}
