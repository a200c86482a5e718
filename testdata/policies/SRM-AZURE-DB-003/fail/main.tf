variable "db_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

resource "azurerm_postgresql_flexible_server" "app" {
  name                          = "psql-acme-app"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  administrator_login           = "psqladmin"
  administrator_password        = var.db_admin_password
  public_network_access_enabled = true # expect: SRM-AZURE-DB-003
}

# No VNet integration and public access not turned off.
resource "azurerm_mysql_flexible_server" "shop" { # expect: SRM-AZURE-DB-003
  name                   = "mysql-acme-shop"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  version                = "8.0.21"
  sku_name               = "GP_Standard_D2ds_v4"
  administrator_login    = "mysqladmin"
  administrator_password = var.db_admin_password
}

# azurerm 3.x single server: public by default.
resource "azurerm_postgresql_server" "legacy" { # expect: SRM-AZURE-DB-003
  name                         = "psql-acme-legacy"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = azurerm_resource_group.main.location
  version                      = "11"
  sku_name                     = "GP_Gen5_2"
  administrator_login          = "psqladmin"
  administrator_login_password = var.db_admin_password
  ssl_enforcement_enabled      = true
}
