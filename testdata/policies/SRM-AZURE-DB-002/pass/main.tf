variable "db_admin_password" {
  type      = string
  sensitive = true
}

variable "mysql_tls_versions" {
  type    = string
  default = "TLSv1.2,TLSv1.3"
}

data "azurerm_postgresql_flexible_server" "app" {
  name                = "psql-acme-app"
  resource_group_name = "rg-db"
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = data.azurerm_postgresql_flexible_server.app.id
  value     = "TLSv1.2"
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg-db"
  server_name         = "mysql-acme-app"
  value               = var.mysql_tls_versions
}

# TLS 1.2 is the default for single servers.
resource "azurerm_postgresql_server" "legacy" {
  name                          = "psql-acme-legacy"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "11"
  sku_name                      = "GP_Gen5_2"
  administrator_login           = "psqladmin"
  administrator_login_password  = var.db_admin_password
  public_network_access_enabled = false
  ssl_enforcement_enabled       = true
}
