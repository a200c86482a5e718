variable "privileged" {
  type = bool
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512

  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
      essential              = true
      privileged             = false
      readonlyRootFilesystem = true
    }
  ])
}

resource "aws_ecs_task_definition" "heredoc" {
  family = "heredoc"

  container_definitions = <<-EOT
    [
      {
        "name": "worker",
        "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/worker:3.1.0",
        "memory": 256,
        "essential": true
      }
    ]
  EOT
}

# Decided by a variable: not judged.
resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"

  container_definitions = jsonencode([
    {
      name       = "debug"
      image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/debug:1.0.0"
      memory     = 128
      privileged = var.privileged
    }
  ])
}
