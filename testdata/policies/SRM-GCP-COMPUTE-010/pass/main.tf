variable "ssl_policy" {
  type = string
}

resource "google_compute_ssl_policy" "tls12" {
  name            = "tls12-modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_ssl_policy" "restricted" {
  name    = "restricted"
  profile = "RESTRICTED"
}

resource "google_compute_target_https_proxy" "web" {
  name             = "web"
  url_map          = "projects/acme-prod/global/urlMaps/web"
  ssl_certificates = ["projects/acme-prod/global/sslCertificates/web"]
  ssl_policy       = google_compute_ssl_policy.tls12.id
}

resource "google_compute_target_https_proxy" "api" {
  name             = "api"
  url_map          = "projects/acme-prod/global/urlMaps/api"
  ssl_certificates = ["projects/acme-prod/global/sslCertificates/api"]
  ssl_policy       = var.ssl_policy
}
