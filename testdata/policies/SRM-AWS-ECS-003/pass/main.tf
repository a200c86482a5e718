variable "read_only_root" {
  type = bool
}

resource "aws_ecs_task_definition" "app" {
  family = "app"

  volume {
    name = "tmp"
  }

  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
      memory                 = 512
      essential              = true
      readonlyRootFilesystem = true
      mountPoints = [
        { sourceVolume = "tmp", containerPath = "/tmp", readOnly = false }
      ]
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
        "readonlyRootFilesystem": true
      }
    ]
  EOT
}

# Windows containers cannot use a read-only root filesystem.
resource "aws_ecs_task_definition" "windows" {
  family                   = "windows"
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
      name  = "iis"
      image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"
    }
  ])
}

# Decided by a variable: not judged.
resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"

  container_definitions = jsonencode([
    {
      name                   = "job"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/job:2.0.0"
      memory                 = 256
      readonlyRootFilesystem = var.read_only_root
    }
  ])
}
