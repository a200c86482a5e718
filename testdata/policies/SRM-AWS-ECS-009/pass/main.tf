variable "platform_version" {
  type = string
}

resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_service" "api" {
  name             = "api"
  cluster          = aws_ecs_cluster.main.id
  task_definition  = "api:7"
  desired_count    = 2
  launch_type      = "FARGATE"
  platform_version = "LATEST"

  network_configuration {
    subnets = ["subnet-0a1b2c3d4e5f60001"]
  }
}

# Omitted: LATEST.
resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "worker:3"
  launch_type     = "FARGATE"

  network_configuration {
    subnets = ["subnet-0a1b2c3d4e5f60001"]
  }
}

# Windows tasks: 1.0.0 is the latest Windows platform version.
resource "aws_ecs_task_definition" "iis" {
  family                   = "iis"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048

  runtime_platform {
    operating_system_family = "WINDOWS_SERVER_2022_CORE"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([
    {
      name      = "iis"
      image     = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"
      essential = true
    }
  ])
}

resource "aws_ecs_service" "iis" {
  name             = "iis"
  cluster          = aws_ecs_cluster.main.id
  task_definition  = aws_ecs_task_definition.iis.arn
  launch_type      = "FARGATE"
  platform_version = "1.0.0"

  network_configuration {
    subnets = ["subnet-0a1b2c3d4e5f60001"]
  }
}

# Decided by a variable: not judged.
resource "aws_ecs_service" "configurable" {
  name             = "configurable"
  cluster          = aws_ecs_cluster.main.id
  task_definition  = "configurable:1"
  launch_type      = "FARGATE"
  platform_version = var.platform_version

  network_configuration {
    subnets = ["subnet-0a1b2c3d4e5f60001"]
  }
}
