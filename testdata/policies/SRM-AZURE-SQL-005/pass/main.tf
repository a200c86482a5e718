variable "sql_admin_password" {
  type      = string
  sensitive = true
}

data "azurerm_client_config" "current" {}

data "azuread_group" "sql_admins" {
  display_name = "sql-admins"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-sql"
  location = "westeurope"
}

resource "azurerm_mssql_server" "orders" {
  name                          = "sql-acme-orders"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "12.0"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = data.azuread_group.sql_admins.object_id
    azuread_authentication_only = true
  }
}

resource "azurerm_sql_server" "legacy" {
  name                         = "sql-acme-legacy"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = azurerm_resource_group.main.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_admin_password
}

resource "azurerm_sql_active_directory_administrator" "legacy" {
  server_name         = azurerm_sql_server.legacy.name
  resource_group_name = azurerm_resource_group.main.name
  login               = "sql-admins"
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = data.azuread_group.sql_admins.object_id
}
