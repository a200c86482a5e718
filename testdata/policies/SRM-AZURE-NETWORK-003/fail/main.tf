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

resource "azurerm_network_watcher_flow_log" "short" {
  name                 = "fl-vnet-main"
  network_watcher_name = data.azurerm_network_watcher.main.name
  resource_group_name  = data.azurerm_network_watcher.main.resource_group_name
  target_resource_id   = data.azurerm_virtual_network.main.id
  storage_account_id   = data.azurerm_storage_account.logs.id
  enabled              = true
  version              = 2

  retention_policy {
    enabled = true
    days    = 30 # expect: SRM-AZURE-NETWORK-003
  }
}

resource "azurerm_network_watcher_flow_log" "off" {
  name                 = "fl-vnet-main-off"
  network_watcher_name = data.azurerm_network_watcher.main.name
  resource_group_name  = data.azurerm_network_watcher.main.resource_group_name
  target_resource_id   = data.azurerm_virtual_network.main.id
  storage_account_id   = data.azurerm_storage_account.logs.id
  enabled              = false # expect: SRM-AZURE-NETWORK-003

  retention_policy {
    enabled = true
    days    = 90
  }
}
