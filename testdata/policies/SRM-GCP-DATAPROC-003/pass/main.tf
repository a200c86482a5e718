variable "viewers" {
  type = list(string)
}

resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      internal_ip_only = true
    }
  }
}

resource "google_dataproc_cluster_iam_member" "engineers" {
  cluster = google_dataproc_cluster.etl.name
  region  = "europe-west1"
  role    = "roles/dataproc.editor"
  member  = "group:data-engineering@example.com"
}

resource "google_dataproc_cluster_iam_binding" "viewers" {
  cluster = google_dataproc_cluster.etl.name
  region  = "europe-west1"
  role    = "roles/dataproc.viewer"
  members = var.viewers
}
