variable "admin_cidr" {
  type    = string
}

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
    from_port  = 22
    to_port    = 22
    cidr_block = "10.20.0.0/16"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}

# Explicit deny of SSH from the internet.
resource "aws_network_acl_rule" "deny_ssh" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 90
  rule_action    = "deny"
  protocol       = "tcp"
  from_port      = 22
  to_port        = 22
  cidr_block     = "0.0.0.0/0"
}

# Egress rule.
resource "aws_network_acl_rule" "outbound" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 200
  egress         = true
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}

# Source from a variable: not judged.
resource "aws_network_acl_rule" "rdp_admin" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 130
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 3389
  to_port        = 3389
  cidr_block     = var.admin_cidr
}

# Allowed after the lower-numbered deny_ssh (rule 90): SSH stays closed.
resource "aws_network_acl_rule" "ssh_after_deny" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 140
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 22
  to_port        = 22
  cidr_block     = "0.0.0.0/0"
}

# Everything denied first, then allowed: nothing is open.
resource "aws_network_acl" "deny_first" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 50
    action     = "deny"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}
