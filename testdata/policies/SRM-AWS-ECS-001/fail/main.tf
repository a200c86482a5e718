resource "aws_ecs_task_definition" "monitoring" {
  family                   = "monitoring"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "public.ecr.aws/nginx/nginx:1.27"
      memory    = 256
      essential = true
    },
    {
      name       = "node-agent"
      image      = "public.ecr.aws/acme/node-agent:2.4.1"
      memory     = 128
      essential  = false
      privileged = true # expect: SRM-AWS-ECS-001
    }
  ])
}

# Container definitions as a JSON string: reported on the attribute.
resource "aws_ecs_task_definition" "legacy" {
  family                = "legacy"
  container_definitions = "[{\"name\": \"legacy\", \"image\": \"acme/legacy:1.0\", \"memory\": 512, \"privileged\": true}]" # expect: SRM-AWS-ECS-001
}
