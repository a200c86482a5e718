resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      internal_ip_only = true
    }
  }
}

resource "google_dataproc_cluster_iam_member" "everyone" {
  cluster = google_dataproc_cluster.etl.name
  region  = "europe-west1"
  role    = "roles/dataproc.editor"
  member  = "allAuthenticatedUsers" # expect: SRM-GCP-DATAPROC-003
}

resource "google_dataproc_cluster_iam_binding" "viewers" {
  cluster = google_dataproc_cluster.etl.name
  region  = "europe-west1"
  role    = "roles/dataproc.viewer"
  members = [
    "group:data-engineering@example.com",
    "allUsers", # expect: SRM-GCP-DATAPROC-003
  ]
}
