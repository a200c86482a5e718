data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-secrets"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-acme-security"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

# No diagnostic setting at all.
resource "azurerm_key_vault" "app" { # expect: SRM-AZURE-KEYVAULT-007
  name                       = "kv-acme-app"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

# Metrics only.
resource "azurerm_key_vault" "platform" {
  name                       = "kv-acme-platform"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "platform" {
  name                       = "kv-platform-metrics"
  target_resource_id         = azurerm_key_vault.platform.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log { # expect: SRM-AZURE-KEYVAULT-007
    category = "AzurePolicyEvaluationDetails"
  }

  enabled_metric {
    category = "AllMetrics"
  }
}
