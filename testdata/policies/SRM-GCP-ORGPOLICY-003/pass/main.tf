variable "allowed_locations" {
  type = list(string)
}

resource "google_org_policy_policy" "eu_only" {
  name   = "organizations/123456789012/policies/gcp.resourceLocations"
  parent = "organizations/123456789012"

  spec {
    rules {
      values {
        allowed_values = ["in:eu-locations"]
      }
    }
  }
}

resource "google_folder_organization_policy" "research_locations" {
  folder     = "folders/435012345678"
  constraint = "constraints/gcp.resourceLocations"

  list_policy {
    allow {
      values = var.allowed_locations
    }
  }
}
