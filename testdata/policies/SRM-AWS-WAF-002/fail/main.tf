resource "aws_lb" "web" { # expect: SRM-AWS-WAF-002
  name                       = "web"
  load_balancer_type         = "application"
  security_groups            = ["sg-0a1b2c3d4e5f60001"]
  subnets                    = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  drop_invalid_header_fields = true
}

resource "aws_alb" "legacy" { # expect: SRM-AWS-WAF-002
  name            = "legacy"
  internal        = false
  security_groups = ["sg-0a1b2c3d4e5f60001"]
  subnets         = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
