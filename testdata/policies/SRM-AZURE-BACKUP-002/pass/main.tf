variable "immutability" {
  type = string
}

resource "azurerm_recovery_services_vault" "prod" {
  name                = "rsv-prod"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
  immutability        = "Locked"
}

resource "azurerm_recovery_services_vault" "staging" {
  name                = "rsv-staging"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
  immutability        = "Unlocked"
}

# From a variable without a default: not judged.
resource "azurerm_recovery_services_vault" "configurable" {
  name                = "rsv-configurable"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
  immutability        = var.immutability
}
