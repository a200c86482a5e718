resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_cosmosdb_account" "orders" { # expect: SRM-AZURE-COSMOSDB-005
  name                          = "cosmos-acme-orders"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false

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
    retention_in_hours  = 24 # expect: SRM-AZURE-COSMOSDB-005
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

resource "azurerm_cosmosdb_account" "sessions" {
  name                          = "cosmos-acme-sessions"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  offer_type                    = "Standard"
  public_network_access_enabled = false

  backup { # expect: SRM-AZURE-COSMOSDB-005
    type               = "Periodic"
    storage_redundancy = "Local"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}
