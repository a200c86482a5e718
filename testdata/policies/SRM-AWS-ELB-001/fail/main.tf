resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0123456789abcdef0"
}

# Forwards plain HTTP to the application.
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP" # expect: SRM-AWS-ELB-001

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# Protocol omitted: HTTP on an Application Load Balancer.
resource "aws_alb_listener" "admin" { # expect: SRM-AWS-ELB-001
  load_balancer_arn = aws_lb.web.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# Classic Load Balancer with an HTTP front end.
resource "aws_elb" "legacy" {
  name    = "legacy"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  listener {
    lb_port           = 80
    lb_protocol       = "http" # expect: SRM-AWS-ELB-001
    instance_port     = 8080
    instance_protocol = "http"
  }
}
