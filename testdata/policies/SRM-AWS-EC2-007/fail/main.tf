data "aws_ami" "ubuntu" { # expect: SRM-AWS-EC2-007
  most_recent = true

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
}

data "aws_ami" "base" {
  most_recent = true
  owners      = [] # expect: SRM-AWS-EC2-007
  name_regex  = "^base-image-"
}

resource "aws_instance" "app" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.micro"
}
