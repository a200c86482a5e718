variable "environment" {
  type = list(object({ name = string, value = string }))
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/api/db-password"
}

resource "aws_ecs_task_definition" "api" {
  family             = "api"
  execution_role_arn = "arn:aws:iam::111122223333:role/api-task-execution"

  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:2.3.0"
      memory    = 512
      essential = true
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "DB_PASSWORD_SECRET_ARN", value = aws_secretsmanager_secret.db.arn },
        { name = "TOKEN_URL", value = "https://auth.example.com/oauth2/token" }
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }
      ]
    }
  ])
}

# Environment decided by a variable: not judged.
resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"

  container_definitions = jsonencode([
    {
      name        = "job"
      image       = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/job:2.0.0"
      memory      = 256
      environment = var.environment
    }
  ])
}
