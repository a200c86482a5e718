resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "apps" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.20.1.0/24"
  map_public_ip_on_launch = true # expect: SRM-AWS-VPC-006
}

resource "aws_default_subnet" "eu_west_1a" {
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = true # expect: SRM-AWS-VPC-006
}
