variable "container_user" {
  type = string
}

resource "aws_ecs_task_definition" "app" {
  family = "app"

  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
      memory    = 512
      essential = true
      user      = "10001:10001"
    },
    {
      name   = "proxy"
      image  = "public.ecr.aws/nginx/nginx:1.27"
      memory = 128
      user   = "nginx"
    }
  ])
}

# No user: the image's USER applies, which code cannot tell.
resource "aws_ecs_task_definition" "image_default" {
  family = "image-default"

  container_definitions = <<-EOT
    [
      {
        "name": "worker",
        "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/worker:3.1.0",
        "memory": 256
      }
    ]
  EOT
}

# Decided by a variable: not judged.
resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"

  container_definitions = jsonencode([
    {
      name   = "job"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/job:2.0.0"
      memory = 256
      user   = var.container_user
    }
  ])
}
