resource "google_folder" "research" {
  display_name = "research"
  parent       = "organizations/123456789012"
}

resource "google_org_policy_policy" "research_locations" {
  name   = "${google_folder.research.name}/policies/gcp.resourceLocations"
  parent = google_folder.research.name

  spec {
    rules {
      allow_all = "TRUE" # expect: SRM-GCP-ORGPOLICY-003
    }
  }
}

resource "google_project_organization_policy" "sandbox_locations" {
  project    = "acme-sandbox"
  constraint = "constraints/gcp.resourceLocations"

  restore_policy {
    default = true # expect: SRM-GCP-ORGPOLICY-003
  }
}
