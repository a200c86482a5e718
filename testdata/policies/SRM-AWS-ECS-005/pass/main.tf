variable "container_insights" {
  type = string
}

resource "aws_ecs_cluster" "enhanced" {
  name = "enhanced"

  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}

resource "aws_ecs_cluster" "enabled" {
  name = "enabled"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

# Decided by a variable: not judged.
resource "aws_ecs_cluster" "configurable" {
  name = "configurable"

  setting {
    name  = "containerInsights"
    value = var.container_insights
  }
}

# The account default turns Container Insights on for clusters without a setting.
resource "aws_ecs_account_setting_default" "insights" {
  name  = "containerInsights"
  value = "enhanced"
}

resource "aws_ecs_cluster" "inherits" {
  name = "inherits"
}
