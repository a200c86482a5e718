resource "aws_s3_bucket" "lb_logs" {
  bucket = "acme-lb-logs"
}

# No access_logs block.
resource "aws_lb" "web" { # expect: SRM-AWS-ELB-004
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# A bucket alone does not enable the logs (enabled defaults to false).
resource "aws_lb" "api" {
  name    = "api"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs { # expect: SRM-AWS-ELB-004
    bucket = aws_s3_bucket.lb_logs.id
    prefix = "api"
  }
}

resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = false # expect: SRM-AWS-ELB-004
  }
}

# Classic load balancer without access logs.
resource "aws_elb" "legacy" { # expect: SRM-AWS-ELB-004
  name    = "legacy"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  listener {
    lb_port           = 443
    lb_protocol       = "tcp"
    instance_port     = 8443
    instance_protocol = "tcp"
  }
}
