resource "aws_ecs_task_definition" "app" {
  family = "app"

  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
      memory    = 512
      essential = true
      user      = "root" # expect: SRM-AWS-ECS-002
    },
    {
      name      = "log-router"
      image     = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0"
      memory    = 64
      essential = false
      user      = "0:0" # expect: SRM-AWS-ECS-002
    }
  ])
}

resource "aws_ecs_task_definition" "legacy" {
  family                = "legacy"
  container_definitions = "[{\"name\": \"legacy\", \"image\": \"acme/legacy:1.0\", \"memory\": 256, \"user\": \"0\"}]" # expect: SRM-AWS-ECS-002
}
