resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 3389
    to_port    = 3389
    cidr_block = "0.0.0.0/0" # expect: SRM-AWS-VPC-005
  }
}

resource "aws_network_acl_rule" "ssh" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 120
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 22
  to_port        = 22
  cidr_block     = "0.0.0.0/0" # expect: SRM-AWS-VPC-005
}

resource "aws_network_acl_rule" "everything_v6" {
  network_acl_id  = aws_network_acl.public.id
  rule_number     = 130
  rule_action     = "allow"
  protocol        = "-1"
  from_port       = 0
  to_port         = 0
  ipv6_cidr_block = "::/0" # expect: SRM-AWS-VPC-005
}

resource "aws_default_network_acl" "default" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0" # expect: SRM-AWS-VPC-005
  }
}

# SSH is denied first, but the later allow-all still opens RDP.
resource "aws_network_acl" "ordered" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0" # expect: SRM-AWS-VPC-005
  }
}

# A deny numbered after the allow does not close SSH.
resource "aws_network_acl_rule" "late_deny" {
  network_acl_id = aws_network_acl.ordered.id
  rule_number    = 150
  rule_action    = "deny"
  protocol       = "tcp"
  from_port      = 3389
  to_port        = 3389
  cidr_block     = "0.0.0.0/0"
}
