variable "db_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

resource "azurerm_postgresql_flexible_server" "orders" { # expect: SRM-AZURE-DB-007
  name                          = "psql-acme-orders"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  administrator_login           = "psqladmin"
  administrator_password        = var.db_admin_password
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  public_network_access_enabled = false
}

resource "azurerm_postgresql_flexible_server" "billing" {
  name                          = "psql-acme-billing"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  administrator_login           = "psqladmin"
  administrator_password        = var.db_admin_password
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  public_network_access_enabled = false

  authentication {
    active_directory_auth_enabled = false # expect: SRM-AZURE-DB-007
    password_auth_enabled         = true
  }
}

resource "azurerm_mysql_flexible_server" "shop" { # expect: SRM-AZURE-DB-007
  name                   = "mysql-acme-shop"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  administrator_login    = "mysqladmin"
  administrator_password = var.db_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
}
