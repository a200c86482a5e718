variable "enable_osconfig" {
  type = string
}

resource "google_compute_project_metadata" "project" {
  metadata = {
    enable-oslogin  = "TRUE"
    enable-osconfig = "TRUE"
  }
}

# No key on the instance: it inherits the project value.
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
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-standard-2"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  metadata = {
    enable-osconfig = "TRUE"
  }
}

# From a variable without a default: not judged.
resource "google_compute_project_metadata_item" "osconfig" {
  project = "other-project"
  key     = "enable-osconfig"
  value   = var.enable_osconfig
}
