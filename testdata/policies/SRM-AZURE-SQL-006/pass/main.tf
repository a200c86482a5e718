variable "office_ip" {
  type = string
}

data "azurerm_mssql_server" "orders" {
  name                = "sql-acme-orders"
  resource_group_name = "rg-sql"
}

data "azurerm_mysql_flexible_server" "app" {
  name                = "mysql-acme-app"
  resource_group_name = "rg-db"
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = data.azurerm_mssql_server.orders.id
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "vpn" {
  name                = "vpn"
  resource_group_name = "rg-db"
  server_name         = data.azurerm_mysql_flexible_server.app.name
  start_ip_address    = var.office_ip
  end_ip_address      = var.office_ip
}
