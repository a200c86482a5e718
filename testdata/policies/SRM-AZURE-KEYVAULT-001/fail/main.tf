data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_key_vault" "app" {
  name                     = "kv-acme-app"
  location                 = azurerm_resource_group.main.location
  resource_group_name      = azurerm_resource_group.main.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = false # expect: SRM-AZURE-KEYVAULT-001
}

resource "azurerm_key_vault" "ci" { # expect: SRM-AZURE-KEYVAULT-001
  name                       = "kv-acme-ci"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  soft_delete_retention_days = 90
}
