resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_ecs_task_definition" "cms" {
  family                   = "cms"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "cms"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/cms:6.4.1"
      essential = true
      mountPoints = [
        { sourceVolume = "uploads", containerPath = "/var/www/uploads" },
        { sourceVolume = "cache", containerPath = "/var/cache/cms" }
      ]
    }
  ])

  volume {
    name = "uploads"

    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.shared.id
      root_directory     = "/uploads"
      transit_encryption = "DISABLED" # expect: SRM-AWS-ECS-010
    }
  }

  volume {
    name = "cache"

    efs_volume_configuration { # expect: SRM-AWS-ECS-010
      file_system_id = aws_efs_file_system.shared.id
      root_directory = "/cache"
    }
  }
}
