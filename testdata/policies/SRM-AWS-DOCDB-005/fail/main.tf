resource "aws_docdb_cluster_parameter_group" "legacy_clients" {
  family      = "docdb5.0"
  name        = "legacy-clients"
  description = "For drivers that cannot do TLS"

  parameter {
    name  = "tls"
    value = "disabled" # expect: SRM-AWS-DOCDB-005
  }

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}
