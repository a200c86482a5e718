resource "google_redis_instance" "sessions" { # expect: SRM-GCP-MEMORYSTORE-001
  name               = "sessions"
  region             = "europe-west1"
  tier               = "STANDARD_HA"
  memory_size_gb     = 5
  authorized_network = "projects/acme-net/global/networks/shared"
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  redis_version      = "REDIS_7_2"
}

resource "google_redis_instance" "rate_limits" {
  name           = "rate-limits"
  region         = "europe-west1"
  memory_size_gb = 1
  auth_enabled   = false # expect: SRM-GCP-MEMORYSTORE-001
}

resource "google_redis_cluster" "feature_store" { # expect: SRM-GCP-MEMORYSTORE-001
  name        = "feature-store"
  region      = "europe-west1"
  shard_count = 3

  psc_configs {
    network = "projects/acme-net/global/networks/shared"
  }
}
