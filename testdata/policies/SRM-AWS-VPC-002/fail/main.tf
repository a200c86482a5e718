resource "aws_vpc" "main" { # expect: SRM-AWS-VPC-002
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true

  tags = {
    Name = "main"
  }
}

resource "aws_vpc" "logged" {
  cidr_block = "10.1.0.0/16"
}

# This VPC only has a flow log on one of its subnets, not on the VPC.
resource "aws_vpc" "partial" { # expect: SRM-AWS-VPC-002
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "partial_a" {
  vpc_id     = aws_vpc.partial.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "/vpc/flow-logs"
  retention_in_days = 365
}

resource "aws_flow_log" "logged" {
  vpc_id          = aws_vpc.logged.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}

resource "aws_flow_log" "partial_subnet" {
  subnet_id       = aws_subnet.partial_a.id
  traffic_type    = "REJECT"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}
