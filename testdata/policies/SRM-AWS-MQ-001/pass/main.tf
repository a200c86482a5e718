variable "auto_minor_version_upgrade" {
  type = bool
}

variable "broker_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = true

  maintenance_window_start_time {
    day_of_week = "SUNDAY"
    time_of_day = "03:00"
    time_zone   = "UTC"
  }

  user {
    username = "orders_app"
    password = var.broker_password
  }
}

# From a variable without a default: not judged.
resource "aws_mq_broker" "configurable" {
  broker_name                = "configurable"
  engine_type                = "RabbitMQ"
  engine_version             = "3.13"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = var.auto_minor_version_upgrade

  user {
    username = "app"
    password = var.broker_password
  }
}
