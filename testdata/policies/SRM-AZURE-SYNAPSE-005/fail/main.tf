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

resource "azurerm_storage_account" "audit" {
  name                     = "stacmesynapseva"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_container" "va" {
  name                  = "vulnerability-assessment"
  storage_account_id    = azurerm_storage_account.audit.id
  container_access_type = "private"
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

resource "azurerm_synapse_workspace_security_alert_policy" "main" {
  synapse_workspace_id         = azurerm_synapse_workspace.main.id
  policy_state                 = "Enabled"
  storage_endpoint             = azurerm_storage_account.audit.primary_blob_endpoint
  storage_account_access_key   = azurerm_storage_account.audit.primary_access_key
  email_account_admins_enabled = true
}

resource "azurerm_synapse_workspace_vulnerability_assessment" "main" { # expect: SRM-AZURE-SYNAPSE-005
  workspace_security_alert_policy_id = azurerm_synapse_workspace_security_alert_policy.main.id
  storage_container_path             = "${azurerm_storage_account.audit.primary_blob_endpoint}${azurerm_storage_container.va.name}/"
  storage_account_access_key         = azurerm_storage_account.audit.primary_access_key
}

resource "azurerm_synapse_workspace_vulnerability_assessment" "manual" {
  workspace_security_alert_policy_id = azurerm_synapse_workspace_security_alert_policy.main.id
  storage_container_path             = "${azurerm_storage_account.audit.primary_blob_endpoint}${azurerm_storage_container.va.name}/"
  storage_account_access_key         = azurerm_storage_account.audit.primary_access_key

  recurring_scans {
    enabled                           = false # expect: SRM-AZURE-SYNAPSE-005
    email_subscription_admins_enabled = true
  }
}
