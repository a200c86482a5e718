variable "encrypt_volumes" {
  type    = bool
  default = true
}

resource "aws_kms_key" "ebs" {
  description         = "EBS volumes"
  enable_key_rotation = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

# Restored from a snapshot: encryption follows the snapshot.
resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

# Decided by a variable: not judged.
resource "aws_ebs_volume" "configurable" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypt_volumes
}

resource "aws_instance" "app" {
  ami           = "ami-0c1c30571d2dae5c9"
  instance_type = "t3.small"

  root_block_device {
    volume_size = 20
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0fedcba9876543210"
  }

  ebs_block_device {
    device_name = "/dev/sdh"
    volume_size = 50
    encrypted   = var.encrypt_volumes
  }
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0c1c30571d2dae5c9"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 20
      encrypted   = true
    }
  }
}

# Launched from the template: its block devices come from the template.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}
