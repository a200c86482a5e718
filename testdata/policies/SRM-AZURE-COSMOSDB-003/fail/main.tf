resource "azurerm_resource_group" "main" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_cosmosdb_account" "orders" { # expect: SRM-AZURE-COSMOSDB-003
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

resource "azurerm_cosmosdb_account" "sessions" {
  name                               = "cosmos-acme-sessions"
  location                           = azurerm_resource_group.main.location
  resource_group_name                = azurerm_resource_group.main.name
  offer_type                         = "Standard"
  kind                               = "MongoDB"
  public_network_access_enabled      = false
  access_key_metadata_writes_enabled = true # expect: SRM-AZURE-COSMOSDB-003

  capabilities {
    name = "EnableMongo"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.main.location
    failover_priority = 0
  }
}
