variable "enable_alpha" {
  type = bool
}

resource "google_container_cluster" "apps" {
  name                     = "apps"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1

  enable_k8s_beta_apis {
    enabled_apis = ["resource.k8s.io/v1beta1/deviceclasses"]
  }
}

resource "google_container_cluster" "explicit" {
  name                     = "explicit"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
  enable_kubernetes_alpha  = false
}

resource "google_container_cluster" "from_variable" {
  name                     = "from-variable"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
  enable_kubernetes_alpha  = var.enable_alpha
}
