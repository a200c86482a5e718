variable "customer_id" {
  type = string
}

resource "google_org_policy_policy" "domains" {
  name   = "organizations/123456789012/policies/iam.allowedPolicyMemberDomains"
  parent = "organizations/123456789012"

  spec {
    rules {
      values {
        allowed_values = [var.customer_id]
      }
    }
  }
}

resource "google_org_policy_policy" "external_ips" {
  name   = "organizations/123456789012/policies/compute.vmExternalIpAccess"
  parent = "organizations/123456789012"

  spec {
    rules {
      deny_all = "TRUE"
    }

    # Bastion hosts tagged for it may keep their address.
    rules {
      allow_all = "TRUE"
      condition {
        expression = "resource.matchTag('123456789012/network-role', 'bastion')"
      }
    }
  }
}
