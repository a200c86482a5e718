resource "google_org_policy_policy" "any_domain" {
  name   = "folders/435012345678/policies/iam.allowedPolicyMemberDomains"
  parent = "folders/435012345678"

  spec {
    rules {
      allow_all = "TRUE" # expect: SRM-GCP-ORGPOLICY-002
    }
  }
}

resource "google_project_organization_policy" "external_ips" {
  project    = "acme-sandbox"
  constraint = "constraints/compute.vmExternalIpAccess"

  list_policy {
    allow {
      all = true # expect: SRM-GCP-ORGPOLICY-002
    }
  }
}
