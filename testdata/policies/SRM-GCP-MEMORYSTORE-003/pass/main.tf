variable "kms_key_name" {
  type = string
}

resource "google_kms_key_ring" "redis" {
  name     = "redis"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "redis" {
  name            = "redis"
  key_ring        = google_kms_key_ring.redis.id
  rotation_period = "7776000s"
}

resource "google_redis_instance" "sessions" {
  name                 = "sessions"
  region               = "europe-west1"
  tier                 = "STANDARD_HA"
  memory_size_gb       = 5
  customer_managed_key = google_kms_crypto_key.redis.id

  labels = {
    data-classification = "confidential"
  }
}

resource "google_redis_instance" "profiles" {
  name                 = "profiles"
  region               = "europe-west1"
  memory_size_gb       = 2
  customer_managed_key = var.kms_key_name

  labels = {
    data-classification = "restricted"
  }
}

resource "google_redis_instance" "rate_limits" {
  name           = "rate-limits"
  region         = "europe-west1"
  memory_size_gb = 1

  labels = {
    data-classification = "internal"
  }
}
