variable "backup_retention_hours" {
  type = number
}

resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_cosmosdb_account" "orders" {
  name                          = "cosmos-acme-orders"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false

  backup {
    type = "Continuous"
    tier = "Continuous30Days"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "events" {
  name                          = "cosmos-acme-events"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false

  backup {
    type                = "Periodic"
    interval_in_minutes = 240
    retention_in_hours  = 168
    storage_redundancy  = "Geo"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "configurable" {
  name                          = "cosmos-acme-conf"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false

  backup {
    type               = "Periodic"
    retention_in_hours = var.backup_retention_hours
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}
