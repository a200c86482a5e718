variable "db_admin_password" {
  type      = string
  sensitive = true
}

variable "backup_days" {
  type    = number
  default = 14
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

# 7 days is the default.
resource "azurerm_mysql_flexible_server" "shop" {
  name                         = "mysql-acme-shop"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = azurerm_resource_group.main.location
  version                      = "8.0.21"
  sku_name                     = "GP_Standard_D2ds_v4"
  administrator_login          = "mysqladmin"
  administrator_password       = var.db_admin_password
  public_network_access        = "Disabled"
  geo_redundant_backup_enabled = true
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
  public_network_access_enabled = false
  geo_redundant_backup_enabled  = true
  backup_retention_days         = 35
}

resource "azurerm_mysql_flexible_server" "configurable" {
  name                         = "mysql-acme-conf"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = azurerm_resource_group.main.location
  version                      = "8.0.21"
  sku_name                     = "GP_Standard_D2ds_v4"
  administrator_login          = "mysqladmin"
  administrator_password       = var.db_admin_password
  public_network_access        = "Disabled"
  geo_redundant_backup_enabled = true
  backup_retention_days        = var.backup_days
}
