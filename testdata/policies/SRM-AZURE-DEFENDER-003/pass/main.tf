variable "containers_extensions" {
  type = set(string)
}

provider "azurerm" {
  features {}
}

provider "azurerm" {
  alias           = "sandbox"
  subscription_id = "00000000-0000-0000-0000-000000000002"
  features {}
}

resource "azurerm_security_center_subscription_pricing" "containers" {
  tier          = "Standard"
  resource_type = "Containers"

  extension {
    name = "ContainerRegistriesVulnerabilityAssessments"
  }

  extension {
    name = "ContainerSensor"
  }

  extension {
    name = "AgentlessDiscoveryForKubernetes"
  }
}

# Extensions chosen per subscription.
resource "azurerm_security_center_subscription_pricing" "sandbox_containers" {
  provider      = azurerm.sandbox
  tier          = "Standard"
  resource_type = "Containers"

  dynamic "extension" {
    for_each = var.containers_extensions
    content {
      name = extension.value
    }
  }
}
