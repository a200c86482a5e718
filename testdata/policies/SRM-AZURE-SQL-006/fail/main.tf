data "azurerm_mssql_server" "orders" {
  name                = "sql-acme-orders"
  resource_group_name = "rg-sql"
}

data "azurerm_postgresql_flexible_server" "app" {
  name                = "psql-acme-app"
  resource_group_name = "rg-db"
}

resource "azurerm_mssql_firewall_rule" "anyone" {
  name             = "allow-all"
  server_id        = data.azurerm_mssql_server.orders.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # expect: SRM-AZURE-SQL-006
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "anyone" {
  name             = "allow-all"
  server_id        = data.azurerm_postgresql_flexible_server.app.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # expect: SRM-AZURE-SQL-006
}
