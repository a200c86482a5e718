resource "azurerm_resource_group" "main" {
  name     = "rg-sql"
  location = "westeurope"
}

resource "azurerm_mssql_server" "legacy_app" {
  name                          = "sql-acme-legacy"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "12.0"
  public_network_access_enabled = false
  minimum_tls_version           = "1.0" # expect: SRM-AZURE-SQL-002

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server" "no_minimum" {
  name                          = "sql-acme-nomin"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "12.0"
  public_network_access_enabled = false
  minimum_tls_version           = "Disabled" # expect: SRM-AZURE-SQL-002

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}
