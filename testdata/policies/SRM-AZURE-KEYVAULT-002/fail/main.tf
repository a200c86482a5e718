data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_key_vault" "dev" {
  name                       = "kv-acme-dev"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 7 # expect: SRM-AZURE-KEYVAULT-002
}

# azurerm 2.x: soft delete switched off.
resource "azurerm_key_vault" "legacy" {
  name                = "kv-acme-legacy"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  tenant_id           = data.azurerm_client_config.current.tenant_id
  sku_name            = "standard"
  soft_delete_enabled = false # expect: SRM-AZURE-KEYVAULT-002
}
