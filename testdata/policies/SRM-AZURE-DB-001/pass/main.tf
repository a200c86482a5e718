variable "db_admin_password" {
  type      = string
  sensitive = true
}

variable "require_tls" {
  type    = string
  default = "on"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

# Flexible servers require TLS by default.
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

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.app.id
  value     = "on"
}

resource "azurerm_postgresql_flexible_server_configuration" "connections" {
  name      = "log_connections"
  server_id = azurerm_postgresql_flexible_server.app.id
  value     = "on"
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "require_secure_transport"
  resource_group_name = azurerm_resource_group.main.name
  server_name         = "mysql-acme-app"
  value               = var.require_tls
}

resource "azurerm_postgresql_server" "legacy" {
  name                          = "psql-acme-legacy"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "11"
  sku_name                      = "GP_Gen5_2"
  administrator_login           = "psqladmin"
  administrator_login_password  = var.db_admin_password
  public_network_access_enabled = false
  ssl_enforcement_enabled       = true
}
