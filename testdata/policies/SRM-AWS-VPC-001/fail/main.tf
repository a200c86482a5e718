resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [
      "10.0.0.0/16",
      "0.0.0.0/0", # expect: SRM-AWS-VPC-001
    ]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "wide_open" {
  name   = "wide-open"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"] # expect: SRM-AWS-VPC-001
  }

  ingress {
    from_port   = 8000
    to_port     = 8999
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: SRM-AWS-VPC-001
  }
}

resource "aws_security_group" "windows" {
  name   = "windows"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: SRM-AWS-VPC-001
  security_group_id = aws_security_group.windows.id
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.windows.id
  cidr_ipv4         = "0.0.0.0/0" # expect: SRM-AWS-VPC-001
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}

# ip_protocol "-1" covers every port: from_port / to_port are omitted.
resource "aws_vpc_security_group_ingress_rule" "all_v6" {
  security_group_id = aws_security_group.windows.id
  cidr_ipv6         = "::/0" # expect: SRM-AWS-VPC-001
  ip_protocol       = "-1"
}
