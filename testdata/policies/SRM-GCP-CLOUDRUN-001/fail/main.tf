resource "google_cloud_run_v2_service" "api" { # expect: SRM-GCP-CLOUDRUN-001
  name     = "api"
  location = "europe-west1"

  template {
    service_account = "run-api@acme-prod.iam.gserviceaccount.com"

    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service" "webhooks" {
  name     = "webhooks"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_ALL" # expect: SRM-GCP-CLOUDRUN-001

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/webhooks:2.0.1"
    }
  }
}
