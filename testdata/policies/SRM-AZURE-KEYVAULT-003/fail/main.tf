data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_key_vault" "open" {
  name                     = "kv-acme-open"
  location                 = azurerm_resource_group.main.location
  resource_group_name      = azurerm_resource_group.main.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    default_action = "Allow" # expect: SRM-AZURE-KEYVAULT-003
    bypass         = "AzureServices"
  }
}

# No firewall at all.
resource "azurerm_key_vault" "default" { # expect: SRM-AZURE-KEYVAULT-003
  name                     = "kv-acme-default"
  location                 = azurerm_resource_group.main.location
  resource_group_name      = azurerm_resource_group.main.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true
}
