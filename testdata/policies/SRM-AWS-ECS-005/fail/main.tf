resource "aws_ecs_cluster" "disabled" {
  name = "disabled"

  setting {
    name  = "containerInsights"
    value = "disabled" # expect: SRM-AWS-ECS-005
  }
}

resource "aws_ecs_cluster" "default" { # expect: SRM-AWS-ECS-005
  name = "default"
}
