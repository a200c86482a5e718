variable "entra_auth_enabled" {
  type = bool
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

resource "azurerm_postgresql_flexible_server" "orders" {
  name                          = "psql-acme-orders"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  public_network_access_enabled = false

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }
}

resource "azurerm_postgresql_flexible_server_active_directory_administrator" "orders" {
  server_name         = azurerm_postgresql_flexible_server.orders.name
  resource_group_name = azurerm_resource_group.main.name
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = "3f1c4e0a-2b6d-4c8e-9a7f-5d2e1b0c9a84"
  principal_name      = "dba-group"
  principal_type      = "Group"
}

resource "azurerm_postgresql_flexible_server" "configurable" {
  name                          = "psql-acme-conf"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  public_network_access_enabled = false

  authentication {
    active_directory_auth_enabled = var.entra_auth_enabled
  }
}

resource "azurerm_user_assigned_identity" "mysql" {
  name                = "id-mysql-acme-shop"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
}

resource "azurerm_mysql_flexible_server" "shop" {
  name                = "mysql-acme-shop"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku_name            = "GP_Standard_D2ds_v4"
  version             = "8.0.21"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.mysql.id]
  }
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "shop" {
  server_id   = azurerm_mysql_flexible_server.shop.id
  identity_id = azurerm_user_assigned_identity.mysql.id
  login       = "dba-group"
  object_id   = "3f1c4e0a-2b6d-4c8e-9a7f-5d2e1b0c9a84"
  tenant_id   = data.azurerm_client_config.current.tenant_id
}
