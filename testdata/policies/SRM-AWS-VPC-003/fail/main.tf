resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "legacy" {
  cidr_block = "10.1.0.0/16"
}

# The AWS defaults written out: members talk to each other, egress anywhere.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress { # expect: SRM-AWS-VPC-003
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # expect: SRM-AWS-VPC-003
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_default_security_group" "legacy" {
  vpc_id = aws_vpc.legacy.id
}

# Rules added to the default groups as separate resources.
resource "aws_vpc_security_group_egress_rule" "legacy_https" {
  security_group_id = aws_default_security_group.legacy.id # expect: SRM-AWS-VPC-003
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_security_group_rule" "legacy_ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = aws_vpc.legacy.default_security_group_id # expect: SRM-AWS-VPC-003
}
