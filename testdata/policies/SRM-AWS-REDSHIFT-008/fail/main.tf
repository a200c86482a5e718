# Encrypted with the AWS managed key aws/redshift.
resource "aws_redshift_cluster" "finance" { # expect: SRM-AWS-REDSHIFT-008
  cluster_identifier     = "finance"
  database_name          = "finance"
  master_username        = "dwadmin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_redshift_cluster" "claims" {
  cluster_identifier     = "claims"
  database_name          = "claims"
  master_username        = "dwadmin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:alias/aws/redshift" # expect: SRM-AWS-REDSHIFT-008

  tags = {
    DataClassification = "Restricted"
  }
}
