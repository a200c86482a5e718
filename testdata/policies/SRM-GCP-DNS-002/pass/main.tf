variable "zsk_algorithm" {
  type    = string
  default = "rsasha256"
}

resource "google_dns_managed_zone" "public" {
  name     = "acme-public"
  dns_name = "acme.example."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 2048
      key_type   = "keySigning"
    }

    default_key_specs {
      algorithm  = var.zsk_algorithm
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}

resource "google_dns_managed_zone" "defaults" {
  name     = "acme-defaults"
  dns_name = "defaults.acme.example."

  dnssec_config {
    state = "on"
  }
}
