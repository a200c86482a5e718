resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512

  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:2.3.1"
      essential = true
    }
  ])
}

resource "aws_ecs_service" "api" {
  name             = "api"
  cluster          = aws_ecs_cluster.main.id
  task_definition  = aws_ecs_task_definition.api.arn
  desired_count    = 2
  launch_type      = "FARGATE"
  platform_version = "1.3.0" # expect: SRM-AWS-ECS-009

  network_configuration {
    subnets         = ["subnet-0a1b2c3d4e5f60001"]
    security_groups = ["sg-0a1b2c3d4e5f60001"]
  }
}

# Fargate through a capacity provider strategy, pinned to the very first Linux version.
resource "aws_ecs_service" "worker" {
  name             = "worker"
  cluster          = aws_ecs_cluster.main.id
  task_definition  = aws_ecs_task_definition.api.arn
  desired_count    = 1
  platform_version = "1.0.0" # expect: SRM-AWS-ECS-009

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }

  network_configuration {
    subnets = ["subnet-0a1b2c3d4e5f60001"]
  }
}
