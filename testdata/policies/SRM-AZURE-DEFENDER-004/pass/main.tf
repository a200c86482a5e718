variable "sandbox_mde_enabled" {
  type = bool
}

provider "azurerm" {
  features {}
}

provider "azurerm" {
  alias           = "sandbox"
  subscription_id = "00000000-0000-0000-0000-000000000002"
  features {}
}

resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
  subplan       = "P2"
}

resource "azurerm_security_center_setting" "mde" {
  setting_name = "WDATP"
  enabled      = true
}

resource "azurerm_security_center_setting" "mde_linux" {
  setting_name = "WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW"
  enabled      = false
}

resource "azurerm_security_center_setting" "sandbox_mde" {
  provider     = azurerm.sandbox
  setting_name = "WDATP"
  enabled      = var.sandbox_mde_enabled
}
