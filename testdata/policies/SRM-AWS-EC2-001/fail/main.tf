data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

# IMDSv1 explicitly allowed.
resource "aws_instance" "legacy" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # expect: SRM-AWS-EC2-001
  }
}

# No metadata_options at all: the default still allows IMDSv1.
resource "aws_instance" "bastion" { # expect: SRM-AWS-EC2-001
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.nano"

  tags = {
    Name = "bastion"
  }
}

# metadata_options present but http_tokens omitted.
resource "aws_instance" "worker" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.small"

  metadata_options { # expect: SRM-AWS-EC2-001
    http_put_response_hop_limit = 2
  }
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "t3.medium"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # expect: SRM-AWS-EC2-001
  }
}

resource "aws_launch_template" "batch" { # expect: SRM-AWS-EC2-001
  name_prefix   = "batch-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "c6i.large"
}
