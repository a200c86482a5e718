# No root_block_device: the AMI's (unencrypted) setting applies.
resource "aws_launch_configuration" "web" { # expect: SRM-AWS-EC2-005
  name_prefix   = "web-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "worker" {
  name_prefix   = "worker-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 30
    encrypted   = false # expect: SRM-AWS-EC2-005
  }

  ebs_block_device { # expect: SRM-AWS-EC2-005
    device_name = "/dev/sdf"
    volume_size = 100
  }
}
