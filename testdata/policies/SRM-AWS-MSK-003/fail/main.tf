resource "aws_msk_cluster" "events" { # expect: SRM-AWS-MSK-003
  cluster_name           = "events"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

resource "aws_msk_cluster" "orders" {
  cluster_name           = "orders"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs { # expect: SRM-AWS-MSK-003
      cloudwatch_logs {
        enabled   = false
        log_group = "/msk/orders"
      }
    }
  }
}
