resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name        = "analytics"
  db_name               = "analytics"
  manage_admin_password = true
}

resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name      = aws_redshiftserverless_namespace.analytics.namespace_name
  workgroup_name      = "analytics"
  base_capacity       = 32
  publicly_accessible = true # expect: SRM-AWS-REDSHIFT-010
  subnet_ids          = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002", "subnet-0a1b2c3d4e5f60003"]
  security_group_ids  = ["sg-0a1b2c3d4e5f60001"]
}
