variable "broker_logs_enabled" {
  type = bool
}

resource "aws_cloudwatch_log_group" "msk" {
  name              = "/msk/events"
  retention_in_days = 365
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.msk.name
      }
      s3 {
        enabled = false
      }
    }
  }
}

resource "aws_msk_cluster" "archive" {
  cluster_name           = "archive"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      s3 {
        enabled = true
        bucket  = "example-msk-broker-logs"
        prefix  = "archive/"
      }
    }
  }
}

# From a variable without a default: not judged.
resource "aws_msk_cluster" "configurable" {
  cluster_name           = "configurable"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = var.broker_logs_enabled
        log_group = aws_cloudwatch_log_group.msk.name
      }
    }
  }
}
