variable "kms_key_arn" {
  type = string
}

resource "aws_kms_key" "redshift" {
  description         = "Redshift finance warehouse"
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "finance" {
  cluster_identifier     = "finance"
  database_name          = "finance"
  master_username        = "dwadmin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
  kms_key_id             = aws_kms_key.redshift.arn

  tags = {
    data-classification = "confidential"
  }
}

# Key from a variable.
resource "aws_redshift_cluster" "claims" {
  cluster_identifier     = "claims"
  master_username        = "dwadmin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
  kms_key_id             = var.kms_key_arn

  tags = {
    data-classification = "restricted"
  }
}

# Internal data: the AWS managed key is acceptable.
resource "aws_redshift_cluster" "marketing" {
  cluster_identifier     = "marketing"
  master_username        = "dwadmin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true

  tags = {
    data-classification = "internal"
  }
}
