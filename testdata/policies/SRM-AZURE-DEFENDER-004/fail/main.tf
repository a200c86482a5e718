resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
  subplan       = "P2"
}

resource "azurerm_security_center_setting" "mde" {
  setting_name = "WDATP"
  enabled      = false # expect: SRM-AZURE-DEFENDER-004
}

resource "azurerm_security_center_setting" "mde_linux" {
  setting_name = "WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW"
  enabled      = true # expect: SRM-AZURE-DEFENDER-004
}
