resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    staging_bucket = "acme-prod-dataproc-staging"

    gce_cluster_config { # expect: SRM-GCP-DATAPROC-001
      subnetwork      = "projects/acme-net/regions/europe-west1/subnetworks/dataproc"
      service_account = "dataproc-etl@acme-prod.iam.gserviceaccount.com"
      tags            = ["dataproc"]
    }

    master_config {
      num_instances = 1
      machine_type  = "n2-standard-4"
    }

    worker_config {
      num_instances = 2
      machine_type  = "n2-standard-8"
    }
  }
}

resource "google_dataproc_cluster" "adhoc" {
  name   = "adhoc"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      zone             = "europe-west1-b"
      internal_ip_only = false # expect: SRM-GCP-DATAPROC-001
    }
  }
}

resource "google_dataproc_cluster" "legacy" {
  name   = "legacy"
  region = "europe-west1"

  cluster_config { # expect: SRM-GCP-DATAPROC-001
    software_config {
      image_version = "2.0-debian10"
    }
  }
}
