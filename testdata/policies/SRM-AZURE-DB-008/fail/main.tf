variable "db_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

resource "azurerm_postgresql_flexible_server" "patients" { # expect: SRM-AZURE-DB-008
  name                          = "psql-acme-patients"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  administrator_login           = "psqladmin"
  administrator_password        = var.db_admin_password
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  public_network_access_enabled = false

  tags = {
    data-classification = "confidential"
  }
}

resource "azurerm_mysql_flexible_server" "payments" { # expect: SRM-AZURE-DB-008
  name                   = "mysql-acme-payments"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  administrator_login    = "mysqladmin"
  administrator_password = var.db_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"

  tags = {
    DataClassification = "Restricted"
  }
}
