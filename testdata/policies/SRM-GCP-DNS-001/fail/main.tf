resource "google_dns_managed_zone" "public" { # expect: SRM-GCP-DNS-001
  name     = "acme-public"
  dns_name = "acme.example."
}

resource "google_dns_managed_zone" "shop" {
  name       = "acme-shop"
  dns_name   = "shop.acme.example."
  visibility = "public"

  dnssec_config {
    state = "off" # expect: SRM-GCP-DNS-001
  }
}
