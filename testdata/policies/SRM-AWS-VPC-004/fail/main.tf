resource "aws_default_vpc" "default" { # expect: SRM-AWS-VPC-004
  tags = {
    Name = "Default VPC"
  }
}
