data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-secrets"
  location = "westeurope"
}

resource "azurerm_key_vault" "app" { # expect: SRM-AZURE-KEYVAULT-008
  name                     = "kv-acme-app"
  location                 = azurerm_resource_group.main.location
  resource_group_name      = azurerm_resource_group.main.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  access_policy {
    tenant_id          = data.azurerm_client_config.current.tenant_id
    object_id          = data.azurerm_client_config.current.object_id
    secret_permissions = ["Get", "List", "Set", "Delete"]
  }
}

# Name used before azurerm 4.42.
resource "azurerm_key_vault" "legacy" {
  name                      = "kv-acme-legacy"
  location                  = azurerm_resource_group.main.location
  resource_group_name       = azurerm_resource_group.main.name
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  purge_protection_enabled  = true
  enable_rbac_authorization = false # expect: SRM-AZURE-KEYVAULT-008
}
