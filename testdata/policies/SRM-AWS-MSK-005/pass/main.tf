variable "allow_unauthenticated" {
  type = bool
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

  client_authentication {
    unauthenticated = false
    sasl {
      iam   = true
      scram = true
    }
  }
}

resource "aws_msk_cluster" "mtls" {
  cluster_name           = "mtls"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  client_authentication {
    tls {
      certificate_authority_arns = ["arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/11111111-2222-3333-4444-555555555555"]
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

  client_authentication {
    unauthenticated = var.allow_unauthenticated
    sasl {
      iam = true
    }
  }
}
