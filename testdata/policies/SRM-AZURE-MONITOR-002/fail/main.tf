data "azurerm_subscription" "current" {}

data "azurerm_log_analytics_workspace" "security" {
  name                = "log-acme-security"
  resource_group_name = "rg-logs"
}

data "azurerm_storage_account" "audit" {
  name                = "acmeactivitylogs"
  resource_group_name = "rg-logs"
}

resource "azurerm_monitor_diagnostic_setting" "activity_log" {
  name                       = "activity-log"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = data.azurerm_log_analytics_workspace.security.id

  enabled_log { # expect: SRM-AZURE-MONITOR-002
    category = "Administrative"
  }

  enabled_log {
    category = "ServiceHealth"
  }
}

# azurerm 3.x log profile without Action events.
resource "azurerm_monitor_log_profile" "legacy" {
  name               = "default"
  categories         = ["Write", "Delete"] # expect: SRM-AZURE-MONITOR-002
  locations          = ["global", "westeurope"]
  storage_account_id = data.azurerm_storage_account.audit.id

  retention_policy {
    enabled = true
    days    = 365
  }
}
