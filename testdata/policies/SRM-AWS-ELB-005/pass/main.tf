variable "deletion_protection" {
  type = bool
}

resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  enable_deletion_protection = true
}

# Decided by a variable: not judged.
resource "aws_lb" "configurable" {
  name                       = "configurable"
  load_balancer_type         = "network"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  enable_deletion_protection = var.deletion_protection
}
