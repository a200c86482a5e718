variable "entra_only" {
  type = bool
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

resource "azurerm_synapse_workspace_aad_admin" "main" {
  synapse_workspace_id = azurerm_synapse_workspace.main.id
  login                = "synapse-admins"
  object_id            = "3f1c4e0a-2b6d-4c8e-9a7f-5d2e1b0c9a84"
  tenant_id            = data.azurerm_client_config.current.tenant_id
}

resource "azurerm_synapse_workspace" "configurable" {
  name                                 = "synw-acme-conf"
  resource_group_name                  = azurerm_resource_group.main.name
  location                             = azurerm_resource_group.main.location
  storage_data_lake_gen2_filesystem_id = azurerm_storage_data_lake_gen2_filesystem.main.id
  azuread_authentication_only          = var.entra_only
  managed_virtual_network_enabled      = true

  identity {
    type = "SystemAssigned"
  }
}
