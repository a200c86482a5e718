variable "minimum_tls_version" {
  type    = string
  default = "1.2"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-sql"
  location = "westeurope"
}

# TLS 1.2 is the default.
resource "azurerm_mssql_server" "default" {
  name                          = "sql-acme-default"
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

resource "azurerm_mssql_server" "explicit" {
  name                          = "sql-acme-explicit"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "12.0"
  public_network_access_enabled = false
  minimum_tls_version           = "1.2"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server" "configurable" {
  name                          = "sql-acme-conf"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "12.0"
  public_network_access_enabled = false
  minimum_tls_version           = var.minimum_tls_version

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}
