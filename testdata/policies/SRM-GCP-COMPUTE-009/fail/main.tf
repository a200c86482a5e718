# An instance that opts out of OS Config.
resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }

  metadata = {
    enable-oslogin  = "TRUE"
    enable-osconfig = "FALSE" # expect: SRM-GCP-COMPUTE-009
  }
}

# All project metadata managed here, without enable-osconfig.
resource "google_compute_project_metadata" "project" {
  metadata = { # expect: SRM-GCP-COMPUTE-009
    enable-oslogin = "TRUE"
  }
}

resource "google_compute_project_metadata_item" "osconfig" {
  project = "other-project"
  key     = "enable-osconfig"
  value   = "FALSE" # expect: SRM-GCP-COMPUTE-009
}
