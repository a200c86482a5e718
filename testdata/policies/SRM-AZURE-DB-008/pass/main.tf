variable "db_admin_password" {
  type      = string
  sensitive = true
}

variable "db_key_id" {
  type = string
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

resource "azurerm_user_assigned_identity" "db" {
  name                = "id-acme-db"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
}

resource "azurerm_postgresql_flexible_server" "patients" {
  name                          = "psql-acme-patients"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  administrator_login           = "psqladmin"
  administrator_password        = var.db_admin_password
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  public_network_access_enabled = false

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.db.id]
  }

  customer_managed_key {
    key_vault_key_id                  = var.db_key_id
    primary_user_assigned_identity_id = azurerm_user_assigned_identity.db.id
  }

  tags = {
    data-classification = "confidential"
  }
}

# Internal data: Microsoft-managed keys are enough.
resource "azurerm_mysql_flexible_server" "catalog" {
  name                   = "mysql-acme-catalog"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  administrator_login    = "mysqladmin"
  administrator_password = var.db_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"

  tags = {
    data-classification = "internal"
  }
}
