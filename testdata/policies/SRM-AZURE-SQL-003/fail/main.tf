variable "sql_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-sql"
  location = "westeurope"
}

# No auditing policy.
resource "azurerm_mssql_server" "orders" { # expect: SRM-AZURE-SQL-003
  name                          = "sql-acme-orders"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "12.0"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}

# Auditing policy switched off.
resource "azurerm_mssql_server" "billing" {
  name                          = "sql-acme-billing"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "12.0"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "billing" {
  server_id              = azurerm_mssql_server.billing.id
  enabled                = false # expect: SRM-AZURE-SQL-003
  log_monitoring_enabled = true
}

# azurerm 2.x/3.x legacy server without auditing.
resource "azurerm_sql_server" "legacy" { # expect: SRM-AZURE-SQL-003
  name                         = "sql-acme-legacy"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = azurerm_resource_group.main.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_admin_password
}
