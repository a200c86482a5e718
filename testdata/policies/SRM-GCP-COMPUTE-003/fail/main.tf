resource "google_compute_address" "bastion" {
  name   = "bastion"
  region = "europe-west1"
}

resource "google_compute_instance" "bastion" {
  name         = "bastion"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/dmz"

    access_config { # expect: SRM-GCP-COMPUTE-003
      nat_ip = google_compute_address.bastion.address
    }
  }
}

resource "google_compute_instance_template" "web" {
  name_prefix  = "web-"
  machine_type = "e2-medium"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/web"
    stack_type = "IPV4_IPV6"

    access_config {} # expect: SRM-GCP-COMPUTE-003

    ipv6_access_config { # expect: SRM-GCP-COMPUTE-003
      network_tier = "PREMIUM"
    }
  }
}
