variable "dnssec_state" {
  type    = string
  default = "on"
}

resource "google_dns_managed_zone" "public" {
  name     = "acme-public"
  dns_name = "acme.example."

  dnssec_config {
    state = "on"
  }
}

resource "google_dns_managed_zone" "shop" {
  name     = "acme-shop"
  dns_name = "shop.acme.example."

  dnssec_config {
    state = var.dnssec_state
  }
}

# Private zone: not served on the internet.
resource "google_dns_managed_zone" "internal" {
  name       = "acme-internal"
  dns_name   = "internal.acme.example."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = "projects/acme-prod/global/networks/main"
    }
  }
}
