variable "mysql_admin_password" {
  type      = string
  sensitive = true
}

variable "audit_log_enabled" {
  type = string
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

resource "azurerm_mysql_flexible_server" "orders" {
  name                   = "mysql-acme-orders"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  administrator_login    = "mysqladmin"
  administrator_password = var.mysql_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
  backup_retention_days  = 14
}

resource "azurerm_mysql_flexible_server_configuration" "orders_audit" {
  name                = "audit_log_enabled"
  resource_group_name = azurerm_resource_group.main.name
  server_name         = azurerm_mysql_flexible_server.orders.name
  value               = "ON"
}

resource "azurerm_mysql_flexible_server_configuration" "orders_audit_events" {
  name                = "audit_log_events"
  resource_group_name = azurerm_resource_group.main.name
  server_name         = azurerm_mysql_flexible_server.orders.name
  value               = "CONNECTION,DDL,DCL"
}

# Named literally.
resource "azurerm_mysql_flexible_server" "billing" {
  name                   = "mysql-acme-billing"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  administrator_login    = "mysqladmin"
  administrator_password = var.mysql_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
  backup_retention_days  = 14
}

resource "azurerm_mysql_flexible_server_configuration" "billing_audit" {
  name                = "audit_log_enabled"
  resource_group_name = azurerm_resource_group.main.name
  server_name         = "mysql-acme-billing"
  value               = var.audit_log_enabled
}
