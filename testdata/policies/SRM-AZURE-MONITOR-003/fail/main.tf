resource "azurerm_resource_group" "main" {
  name     = "rg-monitoring"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "platform" { # expect: SRM-AZURE-MONITOR-003
  name                = "log-acme-platform"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
}

resource "azurerm_log_analytics_workspace" "security" {
  name                = "log-acme-security"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 30 # expect: SRM-AZURE-MONITOR-003
}
