variable "kms_key_arn" {
  type = string
}

resource "aws_kms_key" "kafka" {
  description         = "MSK storage for payment events"
  enable_key_rotation = true
}

resource "aws_msk_cluster" "payments" {
  cluster_name           = "payments"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }

  tags = {
    data-classification = "confidential"
  }
}

# From a variable without a default: not judged.
resource "aws_msk_cluster" "ledger" {
  cluster_name           = "ledger"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = var.kms_key_arn
  }

  tags = {
    data-classification = "restricted"
  }
}

# Internal data: the AWS managed key is acceptable.
resource "aws_msk_cluster" "metrics" {
  cluster_name           = "metrics"
  kafka_version          = "3.9.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  tags = {
    data-classification = "internal"
  }
}
