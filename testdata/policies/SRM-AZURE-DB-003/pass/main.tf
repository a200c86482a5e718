variable "db_admin_password" {
  type      = string
  sensitive = true
}

variable "mysql_public_access" {
  type    = string
  default = "Disabled"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-db"
  location = "westeurope"
}

resource "azurerm_virtual_network" "main" {
  name                = "vnet-db"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  address_space       = ["10.30.0.0/16"]
}

resource "azurerm_subnet" "postgres" {
  name                 = "snet-postgres"
  resource_group_name  = azurerm_resource_group.main.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.30.1.0/24"]

  delegation {
    name = "postgres"
    service_delegation {
      name = "Microsoft.DBforPostgreSQL/flexibleServers"
    }
  }
}

resource "azurerm_private_dns_zone" "postgres" {
  name                = "acme.postgres.database.azure.com"
  resource_group_name = azurerm_resource_group.main.name
}

# VNet integration.
resource "azurerm_postgresql_flexible_server" "app" {
  name                          = "psql-acme-app"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  administrator_login           = "psqladmin"
  administrator_password        = var.db_admin_password
  delegated_subnet_id           = azurerm_subnet.postgres.id
  private_dns_zone_id           = azurerm_private_dns_zone.postgres.id
  public_network_access_enabled = false
}

# Private endpoint only.
resource "azurerm_postgresql_flexible_server" "reports" {
  name                          = "psql-acme-reports"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  administrator_login           = "psqladmin"
  administrator_password        = var.db_admin_password
  public_network_access_enabled = false
}

resource "azurerm_mysql_flexible_server" "shop" {
  name                   = "mysql-acme-shop"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  version                = "8.0.21"
  sku_name               = "GP_Standard_D2ds_v4"
  administrator_login    = "mysqladmin"
  administrator_password = var.db_admin_password
  public_network_access  = var.mysql_public_access
}

resource "azurerm_mysql_server" "legacy" {
  name                          = "mysql-acme-legacy"
  resource_group_name           = azurerm_resource_group.main.name
  location                      = azurerm_resource_group.main.location
  version                       = "8.0"
  sku_name                      = "GP_Gen5_2"
  administrator_login           = "mysqladmin"
  administrator_login_password  = var.db_admin_password
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}
