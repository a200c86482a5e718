resource "aws_ecr_repository" "web" {
  name                 = "web"
  image_tag_mutability = "MUTABLE"
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
      image     = "${aws_ecr_repository.web.repository_url}:latest" # expect: SRM-AWS-ECS-011
      essential = true
    },
    {
      name      = "redis"
      image     = "redis" # expect: SRM-AWS-ECS-011
      essential = false
    }
  ])
}
