# Minor version upgrades explicitly disabled.
resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  engine_version             = "5.17.6"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = false # expect: SRM-AWS-MQ-001

  user {
    username = "orders_app"
    password = var.orders_password
  }
}

# Left out: the provider sends false.
resource "aws_mq_broker" "events" { # expect: SRM-AWS-MQ-001
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  engine_version     = "3.12.13"
  host_instance_type = "mq.m5.large"

  user {
    username = "events_app"
    password = var.events_password
  }
}

variable "orders_password" {
  type      = string
  sensitive = true
}

variable "events_password" {
  type      = string
  sensitive = true
}
