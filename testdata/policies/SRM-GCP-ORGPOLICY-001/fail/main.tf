variable "org_id" {
  type    = string
  default = "123456789012"
}

resource "google_folder" "data_science" {
  display_name = "data-science"
  parent       = "organizations/${var.org_id}"
}

resource "google_org_policy_policy" "allow_sa_keys" {
  name   = "${google_folder.data_science.name}/policies/iam.disableServiceAccountKeyCreation"
  parent = google_folder.data_science.name

  spec {
    rules {
      enforce = "FALSE" # expect: SRM-GCP-ORGPOLICY-001
    }
  }
}

resource "google_org_policy_policy" "public_ip_sql" {
  name   = "projects/acme-analytics/policies/sql.restrictPublicIp"
  parent = "projects/acme-analytics"

  spec {
    reset = true # expect: SRM-GCP-ORGPOLICY-001
  }
}

resource "google_project_organization_policy" "no_os_login" {
  project    = "acme-legacy"
  constraint = "constraints/compute.requireOsLogin"

  boolean_policy {
    enforced = false # expect: SRM-GCP-ORGPOLICY-001
  }
}
