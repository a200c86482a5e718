variable "broker_password" {
  type      = string
  sensitive = true
}

# No logs block: nothing is published.
resource "aws_mq_broker" "orders" { # expect: SRM-AWS-MQ-002
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  user {
    username = "orders_app"
    password = var.broker_password
  }
}

# General log on, audit log explicitly off.
resource "aws_mq_broker" "billing" {
  broker_name                = "billing"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  logs {
    general = true
    audit   = false # expect: SRM-AWS-MQ-002
  }

  user {
    username = "billing_app"
    password = var.broker_password
  }
}

# RabbitMQ with the general log off.
resource "aws_mq_broker" "events" {
  broker_name                = "events"
  engine_type                = "RabbitMQ"
  engine_version             = "3.13"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  logs {
    general = false # expect: SRM-AWS-MQ-002
  }

  user {
    username = "events_app"
    password = var.broker_password
  }
}

# ActiveMQ with a logs block that leaves the audit log out (default false).
resource "aws_mq_broker" "audit" {
  broker_name                = "audit"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  logs { # expect: SRM-AWS-MQ-002
    general = true
  }

  user {
    username = "audit_app"
    password = var.broker_password
  }
}
