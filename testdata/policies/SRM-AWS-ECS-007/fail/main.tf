resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "api:12"
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
    security_groups  = ["sg-0a1b2c3d4e5f60001"]
    assign_public_ip = true # expect: SRM-AWS-ECS-007
  }
}
