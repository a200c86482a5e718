resource "google_dataproc_cluster" "claims" {
  name   = "claims"
  region = "europe-west1"

  labels = {
    team                = "actuarial"
    data-classification = "confidential"
  }

  cluster_config { # expect: SRM-GCP-DATAPROC-002
    gce_cluster_config {
      internal_ip_only = true
      subnetwork       = "projects/acme-net/regions/europe-west1/subnetworks/dataproc"
    }
  }
}
