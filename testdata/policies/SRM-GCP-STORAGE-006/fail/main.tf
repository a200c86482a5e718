resource "google_storage_bucket" "patient_records" { # expect: SRM-GCP-STORAGE-006
  name                        = "acme-patient-records"
  location                    = "EU"
  uniform_bucket_level_access = true

  labels = {
    data-classification = "restricted"
  }
}

resource "google_storage_bucket" "contracts" {
  name                        = "acme-contracts"
  location                    = "EU"
  uniform_bucket_level_access = true

  labels = {
    data_classification = "confidential"
  }

  encryption {
    default_kms_key_name = "" # expect: SRM-GCP-STORAGE-006
  }
}
