resource "google_compute_instance" "router" {
  name           = "router-vm"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = true # expect: SRM-GCP-COMPUTE-002

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }
}

resource "google_compute_instance_template" "gateways" {
  name_prefix    = "gateway-"
  machine_type   = "e2-medium"
  can_ip_forward = true # expect: SRM-GCP-COMPUTE-002

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }
}
