resource "google_compute_health_check" "web" {
  name = "web"

  http_health_check {
    port         = 8080
    request_path = "/healthz"
  }
}

resource "google_compute_backend_service" "web" { # expect: SRM-GCP-COMPUTE-011
  name                  = "web"
  protocol              = "HTTP"
  port_name             = "http"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  timeout_sec           = 30
  health_checks         = [google_compute_health_check.web.id]

  backend {
    group = "projects/acme-prod/regions/europe-west1/instanceGroups/web"
  }
}

resource "google_compute_backend_service" "api" {
  name                  = "api"
  protocol              = "HTTPS"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  health_checks         = [google_compute_health_check.web.id]

  log_config {
    enable = false # expect: SRM-GCP-COMPUTE-011
  }
}
