variable "public_ip" {
  type    = bool
  default = false
}

resource "aws_instance" "app" {
  ami                         = "ami-0c1c30571d2dae5c9"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0a1b2c3d4e5f67890"
  associate_public_ip_address = false
}

# Attribute omitted: follows the (private) subnet's setting.
resource "aws_instance" "worker" {
  ami           = "ami-0c1c30571d2dae5c9"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0a1b2c3d4e5f67890"
}

# Decided by a variable: not judged.
resource "aws_instance" "configurable" {
  ami                         = "ami-0c1c30571d2dae5c9"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public_ip
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0c1c30571d2dae5c9"
  instance_type = "t3.medium"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = false
    security_groups             = ["sg-0123456789abcdef0"]
  }
}

resource "aws_launch_template" "configurable" {
  name_prefix = "configurable-"
  image_id    = "ami-0c1c30571d2dae5c9"

  network_interfaces {
    associate_public_ip_address = var.public_ip
  }
}
