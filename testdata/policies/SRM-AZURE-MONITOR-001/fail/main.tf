data "azurerm_storage_account" "audit" {
  name                = "acmeactivitylogs"
  resource_group_name = "rg-logs"
}

# azurerm 3.x: log profiles were removed in 4.0.
resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope", "northeurope"]
  storage_account_id = data.azurerm_storage_account.audit.id

  retention_policy {
    enabled = true
    days    = 90 # expect: SRM-AZURE-MONITOR-001
  }
}
