variable "log_requests" {
  type = bool
}

resource "google_compute_health_check" "web" {
  name = "web"

  http_health_check {
    port         = 8080
    request_path = "/healthz"
  }
}

resource "google_compute_backend_service" "web" {
  name                  = "web"
  protocol              = "HTTP"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  health_checks         = [google_compute_health_check.web.id]

  log_config {
    enable      = true
    sample_rate = 1.0
  }
}

resource "google_compute_backend_service" "api" {
  name                  = "api"
  protocol              = "HTTPS"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  health_checks         = [google_compute_health_check.web.id]

  log_config {
    enable = var.log_requests
  }
}

# TCP proxy backend: not an HTTP(S) load balancer.
resource "google_compute_backend_service" "mqtt" {
  name          = "mqtt"
  protocol      = "TCP"
  health_checks = [google_compute_health_check.web.id]
}
