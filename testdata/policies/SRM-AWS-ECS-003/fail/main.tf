resource "aws_ecs_task_definition" "app" {
  family = "app"

  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
      memory                 = 512
      essential              = true
      readonlyRootFilesystem = false # expect: SRM-AWS-ECS-003
    },
    {
      name      = "sidecar" # expect: SRM-AWS-ECS-003
      image     = "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.4.0-prod"
      memory    = 128
      essential = false
    }
  ])
}

resource "aws_ecs_task_definition" "legacy" {
  family                = "legacy"
  container_definitions = "[{\"name\": \"legacy\", \"image\": \"acme/legacy:1.0\", \"memory\": 256}]" # expect: SRM-AWS-ECS-003
}
