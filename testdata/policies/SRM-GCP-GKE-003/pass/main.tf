variable "admin_cidr" {
  type = string
}

resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.0.0.0/8"
      display_name = "corp"
    }

    cidr_blocks {
      cidr_block   = var.admin_cidr
      display_name = "admins"
    }
  }
}

# No public endpoint at all.
resource "google_container_cluster" "internal" {
  name               = "internal"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}
