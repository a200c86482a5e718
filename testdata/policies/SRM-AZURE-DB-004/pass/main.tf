variable "db_admin_password" {
  type      = string
  sensitive = true
}

variable "geo_backup" {
  type    = bool
  default = true
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
  public_network_access_enabled = false
  backup_retention_days         = 14
  geo_redundant_backup_enabled  = true
}

# A read replica has no backups of its own.
resource "azurerm_postgresql_flexible_server" "app_replica" {
  name                          = "psql-acme-app-replica"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = "northeurope"
  create_mode                   = "Replica"
  source_server_id              = azurerm_postgresql_flexible_server.app.id
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = false
}

resource "azurerm_mysql_flexible_server" "shop" {
  name                         = "mysql-acme-shop"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = azurerm_resource_group.main.location
  version                      = "8.0.21"
  sku_name                     = "GP_Standard_D2ds_v4"
  administrator_login          = "mysqladmin"
  administrator_password       = var.db_admin_password
  public_network_access        = "Disabled"
  geo_redundant_backup_enabled = var.geo_backup
}
