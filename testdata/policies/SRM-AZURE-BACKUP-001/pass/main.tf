variable "soft_delete_enabled" {
  type = bool
}

resource "azurerm_recovery_services_vault" "prod" {
  name                = "rsv-prod"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
  soft_delete_enabled = true
}

# Left out: soft delete defaults to true.
resource "azurerm_recovery_services_vault" "dev" {
  name                = "rsv-dev"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
}

# From a variable without a default: not judged.
resource "azurerm_recovery_services_vault" "configurable" {
  name                = "rsv-configurable"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
  soft_delete_enabled = var.soft_delete_enabled
}
