variable "db_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
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
  geo_redundant_backup_enabled = true
  backup_retention_days        = 1 # expect: SRM-AZURE-DB-005
}
