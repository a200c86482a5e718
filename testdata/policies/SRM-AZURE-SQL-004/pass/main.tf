variable "audit_retention_days" {
  type    = number
  default = 180
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
  retention_in_days = 90
}

resource "azurerm_mssql_database" "ledger" {
  name      = "ledger"
  server_id = data.azurerm_mssql_server.orders.id
}

# 0 (the default) keeps audit logs indefinitely.
resource "azurerm_mssql_database_extended_auditing_policy" "ledger" {
  database_id      = azurerm_mssql_database.ledger.id
  storage_endpoint = data.azurerm_storage_account.audit.primary_blob_endpoint
}

resource "azurerm_mssql_database" "reports" {
  name      = "reports"
  server_id = data.azurerm_mssql_server.orders.id
}

resource "azurerm_mssql_database_extended_auditing_policy" "reports" {
  database_id       = azurerm_mssql_database.reports.id
  storage_endpoint  = data.azurerm_storage_account.audit.primary_blob_endpoint
  retention_in_days = var.audit_retention_days
}
