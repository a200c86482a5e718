resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 365
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:2.3.1"
      essential = true
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = aws_cloudwatch_log_group.api.name
          "awslogs-region"        = "eu-west-1"
          "awslogs-stream-prefix" = "api"
        }
      }
    },
    {
      name      = "envoy" # expect: SRM-AWS-ECS-006
      image     = "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod"
      essential = true
    }
  ])
}

# Container definitions as a JSON string: reported on the attribute.
resource "aws_ecs_task_definition" "batch" {
  family                = "batch"
  container_definitions = "[{\"name\": \"batch\", \"image\": \"acme/batch:1.0.4\", \"memory\": 512, \"essential\": true}]" # expect: SRM-AWS-ECS-006
}
