resource "azurerm_security_center_subscription_pricing" "containers" {
  tier          = "Standard"
  resource_type = "Containers"

  extension { # expect: SRM-AZURE-DEFENDER-003
    name = "ContainerSensor"
  }

  extension {
    name = "AgentlessDiscoveryForKubernetes"
  }
}

resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
  subplan       = "P2"
}
