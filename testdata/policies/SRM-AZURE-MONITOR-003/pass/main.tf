variable "retention_in_days" {
  type = number
}

resource "azurerm_resource_group" "main" {
  name     = "rg-monitoring"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "security" {
  name                = "log-acme-security"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_log_analytics_workspace" "platform" {
  name                = "log-acme-platform"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 90
}

resource "azurerm_log_analytics_workspace" "configurable" {
  name                = "log-acme-conf"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = var.retention_in_days
}
