# Automatic updates explicitly off.
resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }

  software_update_options {
    auto_software_update_enabled = false # expect: SRM-AWS-OPENSEARCH-007
  }
}

# No software_update_options block: updates default to off.
resource "aws_opensearch_domain" "search" { # expect: SRM-AWS-OPENSEARCH-007
  domain_name    = "search"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }
}

# An empty block: the attribute defaults to false.
resource "aws_opensearch_domain" "metrics" {
  domain_name    = "metrics"
  engine_version = "OpenSearch_2.17"

  software_update_options { # expect: SRM-AWS-OPENSEARCH-007
  }
}
