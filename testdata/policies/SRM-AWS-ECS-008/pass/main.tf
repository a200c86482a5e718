variable "pid_mode" {
  type = string
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["EC2"]
  network_mode             = "awsvpc"
  pid_mode                 = "task"
  ipc_mode                 = "task"

  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
      memory    = 256
      essential = true
    }
  ])
}

# Omitted: the task gets its own namespaces.
resource "aws_ecs_task_definition" "worker" {
  family = "worker"

  container_definitions = jsonencode([
    {
      name      = "worker"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/worker:3.1.0"
      memory    = 256
      essential = true
    }
  ])
}

# Decided by a variable: not judged.
resource "aws_ecs_task_definition" "configurable" {
  family   = "configurable"
  pid_mode = var.pid_mode

  container_definitions = jsonencode([
    {
      name   = "debug"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/debug:1.0.0"
      memory = 128
    }
  ])
}
