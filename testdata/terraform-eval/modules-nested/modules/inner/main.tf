variable "encrypted" {
  type = bool
}

resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypted
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
}

output "id" {
  value = aws_ebs_volume.this.id
}
