resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  client_authentication {
    unauthenticated = true # expect: SRM-AWS-MSK-005
    sasl {
      iam = true
    }
  }
}

# No client_authentication block: any client is accepted.
resource "aws_msk_cluster" "telemetry" { # expect: SRM-AWS-MSK-005
  cluster_name           = "telemetry"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}
