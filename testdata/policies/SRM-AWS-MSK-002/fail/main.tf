resource "aws_msk_cluster" "payments" { # expect: SRM-AWS-MSK-002
  cluster_name           = "payments"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_msk_cluster" "card_events" {
  cluster_name           = "card-events"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info { # expect: SRM-AWS-MSK-002
    encryption_in_transit {
      client_broker = "TLS"
    }
  }

  tags = {
    DataClassification = "restricted"
  }
}
