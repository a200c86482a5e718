variable "kms_key_name" {
  type = string
}

resource "google_dataproc_cluster" "claims" {
  name   = "claims"
  region = "europe-west1"

  labels = {
    data-classification = "confidential"
  }

  cluster_config {
    encryption_config {
      kms_key_name = var.kms_key_name
    }

    gce_cluster_config {
      internal_ip_only = true
    }
  }
}

resource "google_dataproc_cluster" "sandbox" {
  name   = "sandbox"
  region = "europe-west1"

  labels = {
    data-classification = "internal"
  }

  cluster_config {
    gce_cluster_config {
      internal_ip_only = true
    }
  }
}
