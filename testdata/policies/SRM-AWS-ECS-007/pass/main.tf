variable "assign_public_ip" {
  type = bool
}

resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "api:12"
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
    security_groups  = ["sg-0a1b2c3d4e5f60001"]
    assign_public_ip = false
  }
}

# Omitted: no public address (the default).
resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "worker:3"
  desired_count   = 1
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = ["subnet-0a1b2c3d4e5f60001"]
    security_groups = ["sg-0a1b2c3d4e5f60001"]
  }
}

# Decided by a variable: not judged.
resource "aws_ecs_service" "configurable" {
  name            = "configurable"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "configurable:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60001"]
    assign_public_ip = var.assign_public_ip
  }
}
