resource "aws_ebs_volume" "explicit" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
  encrypted         = false # expect: SRM-AWS-EC2-002
}

resource "aws_ebs_volume" "omitted" { # expect: SRM-AWS-EC2-002
  availability_zone = "eu-west-1a"
  size              = 50
}

resource "aws_instance" "db" {
  ami           = "ami-0c1c30571d2dae5c9"
  instance_type = "r6i.large"

  root_block_device {
    volume_size = 30
    encrypted   = false # expect: SRM-AWS-EC2-002
  }

  ebs_block_device { # expect: SRM-AWS-EC2-002
    device_name = "/dev/sdf"
    volume_size = 200
    volume_type = "gp3"
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    volume_size = 200
    encrypted   = true
  }
}

resource "aws_instance" "app" {
  ami           = "ami-0c1c30571d2dae5c9"
  instance_type = "t3.small"

  root_block_device { # expect: SRM-AWS-EC2-002
    volume_size = 20
    volume_type = "gp3"
  }
}

# No root_block_device at all: the root volume follows the AMI.
resource "aws_instance" "jump" { # expect: SRM-AWS-EC2-002
  ami           = "ami-0c1c30571d2dae5c9"
  instance_type = "t3.nano"
}
