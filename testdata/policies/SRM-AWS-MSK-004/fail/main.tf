resource "aws_msk_cluster" "partner_feed" {
  cluster_name           = "partner-feed"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]

    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS" # expect: SRM-AWS-MSK-004
      }
    }
  }

  client_authentication {
    unauthenticated = false
    sasl {
      iam = true
    }
  }
}
