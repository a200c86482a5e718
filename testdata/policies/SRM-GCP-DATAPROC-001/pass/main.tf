variable "internal_ip_only" {
  type = bool
}

resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      subnetwork       = "projects/acme-net/regions/europe-west1/subnetworks/dataproc"
      service_account  = "dataproc-etl@acme-prod.iam.gserviceaccount.com"
      internal_ip_only = true
    }
  }
}

# Image 2.2 and later are internal-only when gce_cluster_config is absent.
resource "google_dataproc_cluster" "current" {
  name   = "current"
  region = "europe-west1"

  cluster_config {
    software_config {
      image_version = "2.2-debian12"
    }
  }
}

resource "google_dataproc_cluster" "configurable" {
  name   = "configurable"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      internal_ip_only = var.internal_ip_only
    }
  }
}
