resource "aws_instance" "web" {
  ami                         = "ami-0c1c30571d2dae5c9"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0a1b2c3d4e5f67890"
  associate_public_ip_address = true # expect: SRM-AWS-EC2-003
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0c1c30571d2dae5c9"
  instance_type = "t3.medium"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = true # expect: SRM-AWS-EC2-003
    security_groups             = ["sg-0123456789abcdef0"]
  }
}

resource "aws_launch_template" "legacy" {
  name_prefix = "legacy-"
  image_id    = "ami-0c1c30571d2dae5c9"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = "true" # expect: SRM-AWS-EC2-003
  }
}
