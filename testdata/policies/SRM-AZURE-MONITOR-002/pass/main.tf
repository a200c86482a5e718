variable "activity_log_categories" {
  type    = list(string)
  default = ["Administrative", "Security", "Policy", "Alert"]
}

data "azurerm_subscription" "current" {}

data "azurerm_log_analytics_workspace" "security" {
  name                = "log-acme-security"
  resource_group_name = "rg-logs"
}

data "azurerm_storage_account" "audit" {
  name                = "acmeactivitylogs"
  resource_group_name = "rg-logs"
}

data "azurerm_key_vault" "main" {
  name                = "kv-acme-main"
  resource_group_name = "rg-security"
}

resource "azurerm_monitor_diagnostic_setting" "activity_log" {
  name                       = "activity-log"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = data.azurerm_log_analytics_workspace.security.id

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }

  enabled_log {
    category = "Policy"
  }

  enabled_log {
    category = "Alert"
  }
}

# Categories from a variable: not judged.
resource "azurerm_monitor_diagnostic_setting" "activity_archive" {
  name               = "activity-archive"
  target_resource_id = data.azurerm_subscription.current.id
  storage_account_id = data.azurerm_storage_account.audit.id

  dynamic "enabled_log" {
    for_each = var.activity_log_categories
    content {
      category = enabled_log.value
    }
  }
}

# Not an activity log: other categories apply.
resource "azurerm_monitor_diagnostic_setting" "key_vault" {
  name                       = "kv-audit"
  target_resource_id         = data.azurerm_key_vault.main.id
  log_analytics_workspace_id = data.azurerm_log_analytics_workspace.security.id

  enabled_log {
    category = "AuditEvent"
  }
}

resource "azurerm_monitor_log_profile" "legacy" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  storage_account_id = data.azurerm_storage_account.audit.id

  retention_policy {
    enabled = true
    days    = 365
  }
}
