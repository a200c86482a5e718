variable "office_end_ip" {
  type = string
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-analytics"
  location = "westeurope"
}

resource "azurerm_storage_account" "lake" {
  name                     = "stacmelake"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  account_kind             = "StorageV2"
  is_hns_enabled           = true
}

resource "azurerm_storage_data_lake_gen2_filesystem" "main" {
  name               = "synapse"
  storage_account_id = azurerm_storage_account.lake.id
}

resource "azurerm_synapse_workspace" "main" {
  name                                 = "synw-acme"
  resource_group_name                  = azurerm_resource_group.main.name
  location                             = azurerm_resource_group.main.location
  storage_data_lake_gen2_filesystem_id = azurerm_storage_data_lake_gen2_filesystem.main.id
  azuread_authentication_only          = true
  managed_virtual_network_enabled      = true

  identity {
    type = "SystemAssigned"
  }
}

# Azure services only.
resource "azurerm_synapse_firewall_rule" "azure_services" {
  name                 = "AllowAllWindowsAzureIps"
  synapse_workspace_id = azurerm_synapse_workspace.main.id
  start_ip_address     = "0.0.0.0"
  end_ip_address       = "0.0.0.0"
}

resource "azurerm_synapse_firewall_rule" "office" {
  name                 = "Office"
  synapse_workspace_id = azurerm_synapse_workspace.main.id
  start_ip_address     = "203.0.113.0"
  end_ip_address       = var.office_end_ip
}
