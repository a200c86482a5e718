variable "image_tag" {
  type = string
}

resource "aws_ecr_repository" "web" {
  name                 = "web"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "${aws_ecr_repository.web.repository_url}:${var.image_tag}"
      essential = true
    },
    {
      name      = "redis"
      image     = "public.ecr.aws/docker/library/redis:7.2.5"
      essential = false
    },
    {
      name      = "otel"
      image     = "public.ecr.aws/aws-observability/aws-otel-collector@sha256:3d1c2a7ff28ad8a4b4d9b1b8a0e4f9a8b8f0c1e2d3c4b5a697887766554433221"
      essential = false
    }
  ])
}
