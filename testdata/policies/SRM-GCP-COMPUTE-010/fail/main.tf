resource "google_compute_ssl_policy" "default_like" { # expect: SRM-GCP-COMPUTE-010
  name = "default-like"
}

resource "google_compute_ssl_policy" "modern_tls10" {
  name            = "modern-tls10"
  profile         = "MODERN"
  min_tls_version = "TLS_1_0" # expect: SRM-GCP-COMPUTE-010
}

resource "google_compute_target_https_proxy" "web" { # expect: SRM-GCP-COMPUTE-010
  name             = "web"
  url_map          = "projects/acme-prod/global/urlMaps/web"
  ssl_certificates = ["projects/acme-prod/global/sslCertificates/web"]
}
