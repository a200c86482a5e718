resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  enable_deletion_protection = false # expect: SRM-AWS-ELB-005
}

resource "aws_alb" "api" { # expect: SRM-AWS-ELB-005
  name    = "api"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}
