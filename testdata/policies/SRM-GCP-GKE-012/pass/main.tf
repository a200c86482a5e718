variable "intranode_visibility" {
  type = bool
}

resource "google_container_cluster" "apps" {
  name                        = "apps"
  location                    = "europe-west1"
  remove_default_node_pool    = true
  initial_node_count          = 1
  enable_intranode_visibility = true
}

# Autopilot turns intranode visibility on by default.
resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}

resource "google_container_cluster" "from_variable" {
  name                        = "from-variable"
  location                    = "europe-west1"
  remove_default_node_pool    = true
  initial_node_count          = 1
  enable_intranode_visibility = var.intranode_visibility
}
