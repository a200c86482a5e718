variable "org_id" {
  type    = string
  default = "123456789012"
}

variable "enforce_ubla" {
  type = string
}

resource "google_org_policy_policy" "no_sa_keys" {
  name   = "organizations/${var.org_id}/policies/iam.disableServiceAccountKeyCreation"
  parent = "organizations/${var.org_id}"

  spec {
    rules {
      enforce = "TRUE"
    }

    # A tagged exception for the few projects that still need keys.
    rules {
      enforce = "FALSE"
      condition {
        expression = "resource.matchTag('${var.org_id}/sa-keys', 'allowed')"
        title      = "sa-keys-allowed"
      }
    }
  }
}

resource "google_org_policy_policy" "ubla" {
  name   = "organizations/${var.org_id}/policies/storage.uniformBucketLevelAccess"
  parent = "organizations/${var.org_id}"

  spec {
    rules {
      enforce = var.enforce_ubla
    }
  }
}

resource "google_organization_policy" "os_login" {
  org_id     = var.org_id
  constraint = "constraints/compute.requireOsLogin"

  boolean_policy {
    enforced = true
  }
}

# Not a security guardrail.
resource "google_project_organization_policy" "nested_virtualization" {
  project    = "acme-ci"
  constraint = "constraints/compute.disableNestedVirtualization"

  boolean_policy {
    enforced = false
  }
}
