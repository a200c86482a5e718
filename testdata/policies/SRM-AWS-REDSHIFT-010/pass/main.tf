variable "publicly_accessible" {
  type = bool
}

resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name        = "analytics"
  db_name               = "analytics"
  manage_admin_password = true
}

resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name       = aws_redshiftserverless_namespace.analytics.namespace_name
  workgroup_name       = "analytics"
  base_capacity        = 32
  publicly_accessible  = false
  enhanced_vpc_routing = true
  subnet_ids           = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002", "subnet-0a1b2c3d4e5f60003"]
  security_group_ids   = ["sg-0a1b2c3d4e5f60001"]
}

# Omitted: private (the default).
resource "aws_redshiftserverless_workgroup" "adhoc" {
  namespace_name = aws_redshiftserverless_namespace.analytics.namespace_name
  workgroup_name = "adhoc"
  base_capacity  = 8
}

# Decided by a variable: not judged.
resource "aws_redshiftserverless_workgroup" "configurable" {
  namespace_name      = aws_redshiftserverless_namespace.analytics.namespace_name
  workgroup_name      = "configurable"
  publicly_accessible = var.publicly_accessible
}
