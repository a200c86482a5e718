# No metadata_options block.
resource "aws_launch_configuration" "web" { # expect: SRM-AWS-EC2-004
  name_prefix   = "web-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }
}

resource "aws_launch_configuration" "worker" {
  name_prefix   = "worker-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # expect: SRM-AWS-EC2-004
  }
}

resource "aws_launch_configuration" "batch" {
  name_prefix   = "batch-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options { # expect: SRM-AWS-EC2-004
    http_put_response_hop_limit = 1
  }
}
