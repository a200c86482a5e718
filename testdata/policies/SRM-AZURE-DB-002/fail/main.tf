variable "db_admin_password" {
  type      = string
  sensitive = true
}

data "azurerm_postgresql_flexible_server" "app" {
  name                = "psql-acme-app"
  resource_group_name = "rg-db"
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = data.azurerm_postgresql_flexible_server.app.id
  value     = "TLSv1.1" # expect: SRM-AZURE-DB-002
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg-db"
  server_name         = "mysql-acme-app"
  value               = "TLSv1,TLSv1.1,TLSv1.2" # expect: SRM-AZURE-DB-002
}

# azurerm 3.x single server.
resource "azurerm_postgresql_server" "legacy" {
  name                             = "psql-acme-legacy"
  resource_group_name              = "rg-db"
  location                         = "westeurope"
  version                          = "11"
  sku_name                         = "GP_Gen5_2"
  administrator_login              = "psqladmin"
  administrator_login_password     = var.db_admin_password
  public_network_access_enabled    = false
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_0" # expect: SRM-AZURE-DB-002
}
