resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Free" # expect: SRM-AZURE-DEFENDER-001
  resource_type = "VirtualMachines"
}

resource "azurerm_security_center_subscription_pricing" "storage" {
  tier          = "Free" # expect: SRM-AZURE-DEFENDER-001
  resource_type = "StorageAccounts"
}
