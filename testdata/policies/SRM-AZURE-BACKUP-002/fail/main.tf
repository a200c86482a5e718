# Immutability explicitly disabled.
resource "azurerm_recovery_services_vault" "prod" {
  name                = "rsv-prod"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
  immutability        = "Disabled" # expect: SRM-AZURE-BACKUP-002
}

# Immutability left out: defaults to Disabled.
resource "azurerm_recovery_services_vault" "finance" { # expect: SRM-AZURE-BACKUP-002
  name                = "rsv-finance"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
  soft_delete_enabled = true
}
