resource "aws_msk_cluster" "legacy" {
  cluster_name           = "legacy-events"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT" # expect: SRM-AWS-MSK-001
      in_cluster    = true
    }
  }
}

resource "aws_msk_cluster" "lab" {
  cluster_name           = "lab"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 2

  broker_node_group_info {
    instance_type   = "kafka.t3.small"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "PLAINTEXT" # expect: SRM-AWS-MSK-001
      in_cluster    = false       # expect: SRM-AWS-MSK-001
    }
  }
}
