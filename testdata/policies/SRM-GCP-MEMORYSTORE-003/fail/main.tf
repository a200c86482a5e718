resource "google_redis_instance" "sessions" { # expect: SRM-GCP-MEMORYSTORE-003
  name                    = "sessions"
  region                  = "europe-west1"
  tier                    = "STANDARD_HA"
  memory_size_gb          = 5
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"

  labels = {
    data-classification = "confidential"
  }
}
