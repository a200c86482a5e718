variable "stripe_api_key" {
  type      = string
  sensitive = true
}

resource "aws_ecs_task_definition" "api" {
  family = "api"

  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:2.3.0"
      memory    = 512
      essential = true
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "DB_HOST", value = "orders.cluster-abc.eu-west-1.rds.amazonaws.com" },
        { name = "DB_PASSWORD", value = "Sup3rS3cret!" },       # expect: SRM-AWS-ECS-004
        { name = "STRIPE_API_KEY", value = var.stripe_api_key } # expect: SRM-AWS-ECS-004
      ]
    }
  ])
}

resource "aws_ecs_task_definition" "legacy" {
  family                = "legacy"
  container_definitions = "[{\"name\": \"legacy\", \"image\": \"acme/legacy:1.0\", \"memory\": 256, \"environment\": [{\"name\": \"AWS_SECRET_ACCESS_KEY\", \"value\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}]}]" # expect: SRM-AWS-ECS-004
}
