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
  public_network_access_enabled = false
}

resource "azurerm_postgresql_flexible_server_configuration" "no_tls" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.app.id
  value     = "off" # expect: SRM-AZURE-DB-001
}

resource "azurerm_mysql_flexible_server_configuration" "no_tls" {
  name                = "require_secure_transport"
  resource_group_name = azurerm_resource_group.main.name
  server_name         = "mysql-acme-app"
  value               = "OFF" # expect: SRM-AZURE-DB-001
}

# azurerm 3.x single server.
resource "azurerm_mysql_server" "legacy" {
  name                          = "mysql-acme-legacy"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "8.0"
  sku_name                      = "GP_Gen5_2"
  administrator_login           = "mysqladmin"
  administrator_login_password  = var.db_admin_password
  public_network_access_enabled = false
  ssl_enforcement_enabled       = false # expect: SRM-AZURE-DB-001
}
