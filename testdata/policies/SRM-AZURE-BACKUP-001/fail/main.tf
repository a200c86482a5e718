# Soft delete turned off: deleted backups are gone at once.
resource "azurerm_recovery_services_vault" "prod" {
  name                = "rsv-prod"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
  immutability        = "Locked"
  soft_delete_enabled = false # expect: SRM-AZURE-BACKUP-001
}
