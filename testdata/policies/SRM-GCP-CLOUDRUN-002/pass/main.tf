variable "invokers" {
  type = list(string)
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service_iam_member" "frontend" {
  project  = google_cloud_run_v2_service.api.project
  location = google_cloud_run_v2_service.api.location
  name     = google_cloud_run_v2_service.api.name
  role     = "roles/run.invoker"
  member   = "serviceAccount:frontend@acme-prod.iam.gserviceaccount.com"
}

resource "google_cloud_run_v2_service_iam_binding" "callers" {
  project  = google_cloud_run_v2_service.api.project
  location = google_cloud_run_v2_service.api.location
  name     = google_cloud_run_v2_service.api.name
  role     = "roles/run.invoker"
  members  = var.invokers
}
