resource "google_cloud_run_v2_service" "site" {
  name     = "site"
  location = "europe-west1"

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/site:5.1.0"
    }
  }
}

resource "google_cloud_run_v2_service_iam_member" "public" {
  project  = google_cloud_run_v2_service.site.project
  location = google_cloud_run_v2_service.site.location
  name     = google_cloud_run_v2_service.site.name
  role     = "roles/run.invoker"
  member   = "allUsers" # expect: SRM-GCP-CLOUDRUN-002
}

resource "google_cloud_run_v2_service" "hooks" {
  name                 = "hooks"
  location             = "europe-west1"
  invoker_iam_disabled = true # expect: SRM-GCP-CLOUDRUN-002

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/hooks:1.0.3"
    }
  }
}

resource "google_cloud_run_service_iam_binding" "legacy" {
  location = "europe-west1"
  service  = "legacy-api"
  role     = "roles/run.invoker"
  members = [
    "serviceAccount:scheduler@acme-prod.iam.gserviceaccount.com",
    "allAuthenticatedUsers", # expect: SRM-GCP-CLOUDRUN-002
  ]
}
