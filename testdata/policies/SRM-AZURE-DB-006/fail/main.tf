variable "mysql_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

# Audit log never turned on.
resource "azurerm_mysql_flexible_server" "orders" { # expect: SRM-AZURE-DB-006
  name                   = "mysql-acme-orders"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  administrator_login    = "mysqladmin"
  administrator_password = var.mysql_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
  backup_retention_days  = 14
}

resource "azurerm_mysql_flexible_server_configuration" "orders_tls" {
  name                = "require_secure_transport"
  resource_group_name = azurerm_resource_group.main.name
  server_name         = azurerm_mysql_flexible_server.orders.name
  value               = "ON"
}

# Audit log explicitly off.
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
  server_name         = azurerm_mysql_flexible_server.billing.name
  value               = "OFF" # expect: SRM-AZURE-DB-006
}
