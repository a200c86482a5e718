resource "google_redis_instance" "sessions" { # expect: SRM-GCP-MEMORYSTORE-002
  name               = "sessions"
  region             = "europe-west1"
  tier               = "STANDARD_HA"
  memory_size_gb     = 5
  auth_enabled       = true
  authorized_network = "projects/acme-net/global/networks/shared"
}

resource "google_redis_instance" "rate_limits" {
  name                    = "rate-limits"
  region                  = "europe-west1"
  memory_size_gb          = 1
  transit_encryption_mode = "DISABLED" # expect: SRM-GCP-MEMORYSTORE-002
}

resource "google_redis_cluster" "feature_store" {
  name                    = "feature-store"
  region                  = "europe-west1"
  shard_count             = 3
  authorization_mode      = "AUTH_MODE_IAM_AUTH"
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_DISABLED" # expect: SRM-GCP-MEMORYSTORE-002

  psc_configs {
    network = "projects/acme-net/global/networks/shared"
  }
}
