variable "audit_logging" {
  type    = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_logging" "warehouse" {
  cluster_identifier   = aws_redshift_cluster.warehouse.cluster_identifier
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

# Matched by literal identifier.
resource "aws_redshift_cluster" "reporting" {
  cluster_identifier     = "reporting"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_logging" "reporting" {
  cluster_identifier   = "reporting"
  log_destination_type = "s3"
  bucket_name          = "acme-redshift-audit"
}

# AWS provider v5 inline block.
resource "aws_redshift_cluster" "legacy" {
  cluster_identifier     = "legacy"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true

  logging {
    enable      = true
    bucket_name = "acme-redshift-audit"
  }
}

# From a variable: not judged.
resource "aws_redshift_cluster" "configurable" {
  cluster_identifier     = "configurable"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true

  logging {
    enable      = var.audit_logging
    bucket_name = "acme-redshift-audit"
  }
}
