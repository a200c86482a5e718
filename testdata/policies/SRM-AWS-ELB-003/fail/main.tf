resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = false # expect: SRM-AWS-ELB-003
}

# Type omitted: an Application Load Balancer with the default (false).
resource "aws_lb" "api" { # expect: SRM-AWS-ELB-003
  name    = "api"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}
