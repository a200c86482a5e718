variable "flow_log_days" {
  type    = number
  default = 180
}

data "azurerm_network_watcher" "main" {
  name                = "NetworkWatcher_westeurope"
  resource_group_name = "NetworkWatcherRG"
}

data "azurerm_storage_account" "logs" {
  name                = "acmeflowlogs"
  resource_group_name = "rg-logs"
}

data "azurerm_virtual_network" "main" {
  name                = "vnet-main"
  resource_group_name = "rg-network"
}

resource "azurerm_network_watcher_flow_log" "year" {
  name                 = "fl-vnet-main"
  network_watcher_name = data.azurerm_network_watcher.main.name
  resource_group_name  = data.azurerm_network_watcher.main.resource_group_name
  target_resource_id   = data.azurerm_virtual_network.main.id
  storage_account_id   = data.azurerm_storage_account.logs.id
  enabled              = true
  version              = 2

  retention_policy {
    enabled = true
    days    = 365
  }
}

# 0 days: kept indefinitely.
resource "azurerm_network_watcher_flow_log" "forever" {
  name                 = "fl-vnet-main-forever"
  network_watcher_name = data.azurerm_network_watcher.main.name
  resource_group_name  = data.azurerm_network_watcher.main.resource_group_name
  target_resource_id   = data.azurerm_virtual_network.main.id
  storage_account_id   = data.azurerm_storage_account.logs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 0
  }
}

resource "azurerm_network_watcher_flow_log" "configurable" {
  name                 = "fl-vnet-main-conf"
  network_watcher_name = data.azurerm_network_watcher.main.name
  resource_group_name  = data.azurerm_network_watcher.main.resource_group_name
  target_resource_id   = data.azurerm_virtual_network.main.id
  storage_account_id   = data.azurerm_storage_account.logs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = var.flow_log_days
  }
}
