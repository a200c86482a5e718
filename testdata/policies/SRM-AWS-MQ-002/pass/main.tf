variable "broker_password" {
  type      = string
  sensitive = true
}

variable "audit_log" {
  type = bool
}

resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  logs {
    general = true
    audit   = true
  }

  user {
    username = "orders_app"
    password = var.broker_password
  }
}

# RabbitMQ has no audit log: the general log is enough.
resource "aws_mq_broker" "events" {
  broker_name                = "events"
  engine_type                = "RabbitMQ"
  engine_version             = "3.13"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  logs {
    general = true
  }

  user {
    username = "events_app"
    password = var.broker_password
  }
}

# From a variable without a default: not judged.
resource "aws_mq_broker" "configurable" {
  broker_name                = "configurable"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  logs {
    general = true
    audit   = var.audit_log
  }

  user {
    username = "app"
    password = var.broker_password
  }
}
