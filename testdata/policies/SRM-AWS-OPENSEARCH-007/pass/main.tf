variable "auto_software_update_enabled" {
  type = bool
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }

  software_update_options {
    auto_software_update_enabled = true
  }

  off_peak_window_options {
    enabled = true

    off_peak_window {
      window_start_time {
        hours   = 2
        minutes = 0
      }
    }
  }
}

# From a variable without a default: not judged.
resource "aws_opensearch_domain" "configurable" {
  domain_name    = "configurable"
  engine_version = "OpenSearch_2.17"

  software_update_options {
    auto_software_update_enabled = var.auto_software_update_enabled
  }
}
