# A monitoring agent run as a daemon on the EC2 container instances.
resource "aws_ecs_task_definition" "node_agent" {
  family                   = "node-agent"
  requires_compatibilities = ["EC2"]
  network_mode             = "host"
  pid_mode                 = "host" # expect: SRM-AWS-ECS-008
  ipc_mode                 = "host" # expect: SRM-AWS-ECS-008

  container_definitions = jsonencode([
    {
      name      = "agent"
      image     = "public.ecr.aws/datadog/agent:7.54.0"
      memory    = 256
      essential = true
    }
  ])
}
