variable "binauthz_mode" {
  type    = string
  default = "PROJECT_SINGLETON_POLICY_ENFORCE"
}

resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1

  binary_authorization {
    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
  }
}

resource "google_container_cluster" "configurable" {
  name               = "configurable"
  location           = "europe-west1"
  initial_node_count = 1

  binary_authorization {
    evaluation_mode = var.binauthz_mode
  }
}
