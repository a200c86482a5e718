variable "sql_admin_password" {
  type      = string
  sensitive = true
}

data "azurerm_mssql_server" "orders" {
  name                = "sql-acme-orders"
  resource_group_name = "rg-sql"
}

data "azurerm_storage_account" "audit" {
  name                = "acmesqlaudit"
  resource_group_name = "rg-logs"
}

resource "azurerm_mssql_server_extended_auditing_policy" "orders" {
  server_id         = data.azurerm_mssql_server.orders.id
  storage_endpoint  = data.azurerm_storage_account.audit.primary_blob_endpoint
  retention_in_days = 30 # expect: SRM-AZURE-SQL-004
}

resource "azurerm_mssql_database" "ledger" {
  name      = "ledger"
  server_id = data.azurerm_mssql_server.orders.id
}

resource "azurerm_mssql_database_extended_auditing_policy" "ledger" {
  database_id       = azurerm_mssql_database.ledger.id
  storage_endpoint  = data.azurerm_storage_account.audit.primary_blob_endpoint
  retention_in_days = 7 # expect: SRM-AZURE-SQL-004
}

# azurerm 2.x legacy inline policy.
resource "azurerm_sql_server" "legacy" {
  name                         = "sql-acme-legacy"
  resource_group_name          = "rg-sql"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_admin_password

  extended_auditing_policy {
    storage_endpoint  = data.azurerm_storage_account.audit.primary_blob_endpoint
    retention_in_days = 14 # expect: SRM-AZURE-SQL-004
  }
}
