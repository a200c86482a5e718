variable "public_ip" {
  type = bool
}

resource "aws_launch_configuration" "web" {
  name_prefix                 = "web-"
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}

# Default: no public address requested.
resource "aws_launch_configuration" "worker" {
  name_prefix   = "worker-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

# From a variable: not judged.
resource "aws_launch_configuration" "configurable" {
  name_prefix                 = "configurable-"
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public_ip
}
