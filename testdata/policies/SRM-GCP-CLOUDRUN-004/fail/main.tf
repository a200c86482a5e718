resource "google_cloud_run_v2_service" "api" { # expect: SRM-GCP-CLOUDRUN-004
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service" "admin" {
  name     = "admin"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"

  binary_authorization {
    use_default              = true
    breakglass_justification = "INC-4711: hotfix while attestor is down" # expect: SRM-GCP-CLOUDRUN-004
  }

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/admin:0.8.0"
    }
  }
}

resource "google_cloud_run_v2_job" "export" {
  name     = "export"
  location = "europe-west1"

  binary_authorization {
    use_default = false # expect: SRM-GCP-CLOUDRUN-004
  }

  template {
    template {
      containers {
        image = "europe-docker.pkg.dev/acme-prod/apps/export:0.9.0"
      }
    }
  }
}
